// <tandem-segment-editor>: a plain-text editor whose inline-code placeholders (⟨1⟩, ⟨/1⟩, ⟨2/⟩) are atomic,
// non-editable chips. Its `value` is the segment text with the tokens; it fires `change` when the text was edited
// and the editor loses focus, and `draft-changed` (with `draft`) after a short pause of typing, so that the server
// checks the text as it is and sends back `issues` ({"text", "issues": [{start, end, severity, message}]}), which are
// underlined while the caret stays where it was. Plain JavaScript, no imports: no frontend build needed (STACK.md).
const TOKEN = /\u27E8\/?\d+\/?\u27E9/g;
const WHOLE_TOKEN = /^\u27E8\/?\d+\/?\u27E9$/;

class TandemSegmentEditor extends HTMLElement {
  constructor() {
    super();
    this._value = '';
    this._committed = '';
    this._issues = [];
    this._pause = null;
  }

  connectedCallback() {
    if (this._input) {
      return;
    }
    const input = document.createElement('div');
    input.className = 'segment-editor-input';
    input.contentEditable = 'true';
    input.spellcheck = true;
    input.setAttribute('role', 'textbox');
    input.setAttribute('aria-multiline', 'true');
    input.setAttribute('aria-label', this.getAttribute('aria-label') || 'Target');
    input.addEventListener('input', () => {
      this._value = this._serialize();
      clearTimeout(this._pause);
      this._pause = setTimeout(() => {
        this.draft = this._value;
        this.dispatchEvent(new CustomEvent('draft-changed'));
      }, 700);
    });
    const remember = () => {
      this._caret = this._caretOffset();
      this._anchor = this._caretOffset(true);
    };
    input.addEventListener('keyup', remember);
    input.addEventListener('mouseup', remember);
    input.addEventListener('blur', () => {
      // where the caret and the selection were, so that a glossary term clicked next goes there or replaces
      // the selection (server properties "caret" and "selectionStart")
      this.caret = this._caret === undefined ? -1 : this._caret;
      this.selectionStart = this._anchor === undefined ? this.caret : this._anchor;
      this.dispatchEvent(new CustomEvent('caret-changed'));
      this._commit();
    });
    input.addEventListener('paste', (e) => {
      e.preventDefault();
      const text = (e.clipboardData || window.clipboardData).getData('text/plain');
      document.execCommand('insertText', false, text);
    });
    input.addEventListener('keydown', (e) => {
      if (e.key === 'Enter' && !e.ctrlKey && !e.metaKey && !e.altKey) {
        e.preventDefault();
        if (e.shiftKey) {
          document.execCommand('insertLineBreak');
        }
      }
    });
    this._input = input;
    this.appendChild(input);
    this._render();
  }

  get value() {
    return this._value;
  }

  set value(text) {
    const v = text == null ? '' : String(text);
    this._value = v;
    this._committed = v;
    this._issues = [];
    this._render();
  }

  /** Whether the editor holds typing that has not been sent to be saved. */
  get unsent() {
    return this._input ? this._serialize() !== this._committed : false;
  }

  get issues() {
    return this._issues;
  }

  /** Issues found in a text; shown only while the editor holds that very text (typing since waits for the next). */
  set issues(json) {
    let found;
    try {
      found = typeof json === 'string' ? JSON.parse(json || '{}') : (json || {});
    } catch (e) {
      return;
    }
    if (found.text !== this._value) {
      return;
    }
    this._issues = found.issues || [];
    const focused = this._input && document.activeElement === this._input;
    const caret = focused ? this._caretOffset() : -1;
    this._render();
    if (caret >= 0) {
      this._setCaret(caret);
    }
  }

  /**
   * Takes the focus with the caret where the reviewer clicked the target text just before it became this editor, or
   * else at the end.
   */
  focus() {
    if (!this._input) {
      return;
    }
    this._input.focus();
    const clicked = TandemSegmentEditor._clicked;
    TandemSegmentEditor._clicked = null;
    if (clicked && clicked.text === this._value && Date.now() - clicked.time < 5000) {
      this._setCaret(clicked.offset);
      this._caret = clicked.offset;
    } else {
      const range = document.createRange();
      range.selectNodeContents(this._input);
      range.collapse(false);
      const selection = window.getSelection();
      selection.removeAllRanges();
      selection.addRange(range);
      this._caret = this._value.length;
    }
    this._anchor = this._caret;
  }

  /**
   * Remembers where a click landed in a target shown as text (a row not yet open), as an offset into its value, so
   * that the editor that replaces it puts the caret there: the first click places the caret.
   */
  static rememberClick(event) {
    const cell = event.target instanceof Element ? event.target.closest('.segment-text.target') : null;
    if (!cell || !document.caretRangeFromPoint) {
      return;
    }
    const point = document.caretRangeFromPoint(event.clientX, event.clientY);
    if (!point || !cell.contains(point.startContainer)) {
      return;
    }
    let offset = -1;
    let length = 0;
    const walk = (node) => {
      for (const child of node.childNodes) {
        if (child === point.startContainer && child.nodeType === Node.TEXT_NODE) {
          offset = length + point.startOffset;
        }
        if (child.nodeType === Node.TEXT_NODE) {
          length += child.nodeValue.length;
        } else if (child.dataset && child.dataset.token) {
          if (child === point.startContainer || child.contains(point.startContainer)) {
            offset = length + child.dataset.token.length;
          }
          length += child.dataset.token.length;
        } else if (!(child.classList && child.classList.contains('issue-missing'))) {
          walk(child);
        }
      }
    };
    walk(cell);
    if (offset < 0) {
      return;
    }
    const text = TandemSegmentEditor._textOf(cell);
    TandemSegmentEditor._clicked = { text, offset: Math.min(offset, text.length), time: Date.now() };
  }

  /** The value a target shown as text stands for (chips as their tokens, a missing-term marker as nothing). */
  static _textOf(node) {
    let text = '';
    for (const child of node.childNodes) {
      if (child.nodeType === Node.TEXT_NODE) {
        text += child.nodeValue;
      } else if (child.dataset && child.dataset.token) {
        text += child.dataset.token;
      } else if (!(child.classList && child.classList.contains('issue-missing'))) {
        text += TandemSegmentEditor._textOf(child);
      }
    }
    return text;
  }

  _commit() {
    this._value = this._serialize();
    if (this._value !== this._committed) {
      this._committed = this._value;
      this.dispatchEvent(new CustomEvent('change', { bubbles: true }));
    }
  }

  _render() {
    if (!this._input) {
      return;
    }
    this._input.textContent = '';
    const marks = [];
    let reach = 0;
    for (const issue of [...this._issues].sort((a, b) => a.start - b.start)) {
      if (issue.end > issue.start && issue.start >= reach && issue.end <= this._value.length) {
        marks.push(issue);
        reach = issue.end;
      }
    }
    const cuts = new Set([0, this._value.length]);
    for (const match of this._value.matchAll(TOKEN)) {
      cuts.add(match.index);
      cuts.add(match.index + match[0].length);
    }
    marks.forEach(m => { cuts.add(m.start); cuts.add(m.end); });
    const points = [...cuts].sort((a, b) => a - b);
    let mark = null;
    let holder = this._input;
    for (let i = 0; i + 1 < points.length; i++) {
      const from = points[i];
      const piece = this._value.substring(from, points[i + 1]);
      const inMark = marks.find(m => m.start <= from && from < m.end) || null;
      if (inMark !== mark) {
        mark = inMark;
        holder = this._input;
        if (mark) {
          holder = document.createElement('span');
          holder.className = 'issue issue-' + (mark.severity || 'minor') + (mark.end - mark.start === 1 ? ' issue-char' : '');
          holder.title = mark.message || '';
          this._input.appendChild(holder);
        }
      }
      if (WHOLE_TOKEN.test(piece)) {
        const chip = document.createElement('span');
        chip.className = 'code';
        chip.contentEditable = 'false';
        chip.dataset.token = piece;
        chip.textContent = piece.substring(1, piece.length - 1);
        chip.title = 'Inline code ' + chip.textContent + ' (kept as it is on export)';
        holder.appendChild(chip);
      } else {
        holder.appendChild(document.createTextNode(piece));
      }
    }
  }

  /** Puts the caret at an offset of the value (tokens counted whole). */
  _setCaret(offset) {
    let left = offset;
    let target = null;
    let at = 0;
    const visit = (node) => {
      for (const child of node.childNodes) {
        if (target) {
          return;
        }
        if (child.nodeType === Node.TEXT_NODE) {
          if (left <= child.nodeValue.length) {
            target = child;
            at = left;
            return;
          }
          left -= child.nodeValue.length;
        } else if (child.dataset && child.dataset.token) {
          left -= child.dataset.token.length;
          if (left <= 0) {
            target = child.nextSibling ? child.nextSibling : child.parentNode;
            at = 0;
            return;
          }
        } else {
          visit(child);
        }
      }
    };
    visit(this._input);
    const range = document.createRange();
    if (target && target.nodeType === Node.TEXT_NODE) {
      range.setStart(target, Math.min(at, target.nodeValue.length));
    } else {
      range.selectNodeContents(this._input);
      range.collapse(false);
    }
    range.collapse(true);
    const selection = window.getSelection();
    selection.removeAllRanges();
    selection.addRange(range);
  }

  /**
   * The caret's offset in the value (tokens counted whole), or with {@code anchor} the other end of the selection;
   * -1 when the selection is not in the editor.
   */
  _caretOffset(anchor) {
    const selection = window.getSelection();
    const node = anchor ? selection.anchorNode : selection.focusNode;
    const offset = anchor ? selection.anchorOffset : selection.focusOffset;
    if (!selection.rangeCount || !node || !this._input.contains(node)) {
      return -1;
    }
    const range = document.createRange();
    range.selectNodeContents(this._input);
    range.setEnd(node, offset);
    const probe = document.createElement('div');
    probe.appendChild(range.cloneContents());
    return this._serialize(probe).length;
  }

  _serialize(root) {
    let text = '';
    const walk = (node, first) => {
      for (const child of node.childNodes) {
        if (child.nodeType === Node.TEXT_NODE) {
          text += child.nodeValue;
        } else if (child.dataset && child.dataset.token) {
          text += child.dataset.token;
        } else if (child.nodeName === 'BR') {
          text += '\n';
        } else if (child.nodeName === 'DIV' || child.nodeName === 'P') {
          if (text.length > 0 && !text.endsWith('\n')) {
            text += '\n';
          }
          walk(child, false);
        } else {
          walk(child, false);
        }
      }
    };
    walk(root || this._input, true);
    if (root) {
      return text;
    }
    // A trailing <br> that browsers add to keep an empty line open is not content.
    return text.replace(/\n$/, this._value.endsWith('\n') ? '\n' : '').replace(/\u00A0/g, ' ');
  }
}

if (!customElements.get('tandem-segment-editor')) {
  customElements.define('tandem-segment-editor', TandemSegmentEditor);
  document.addEventListener('mousedown', (e) => TandemSegmentEditor.rememberClick(e), true);
  // Closing or reloading the tab with typing not yet sent (the editor still has the focus) asks first.
  window.addEventListener('beforeunload', (e) => {
    const unsent = [...document.querySelectorAll('tandem-segment-editor')].some(editor => editor.unsent);
    if (unsent) {
      e.preventDefault();
      e.returnValue = '';
    }
  });
}
