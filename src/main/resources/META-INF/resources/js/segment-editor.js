// <tandem-segment-editor>: a plain-text editor whose inline-code placeholders (⟨1⟩, ⟨/1⟩, ⟨2/⟩) are atomic,
// non-editable chips. Its `value` is the segment text with the tokens; it fires `change` when the text was edited
// and the editor loses focus. Plain JavaScript, no imports: no frontend build needed (STACK.md).
const TOKEN = /\u27E8\/?\d+\/?\u27E9/g;

class TandemSegmentEditor extends HTMLElement {
  constructor() {
    super();
    this._value = '';
    this._committed = '';
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
    this._render();
  }

  focus() {
    if (!this._input) {
      return;
    }
    this._input.focus();
    const range = document.createRange();
    range.selectNodeContents(this._input);
    range.collapse(false);
    const selection = window.getSelection();
    selection.removeAllRanges();
    selection.addRange(range);
    this._caret = this._value.length;
    this._anchor = this._caret;
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
    let at = 0;
    for (const match of this._value.matchAll(TOKEN)) {
      if (match.index > at) {
        this._input.appendChild(document.createTextNode(this._value.substring(at, match.index)));
      }
      const chip = document.createElement('span');
      chip.className = 'code';
      chip.contentEditable = 'false';
      chip.dataset.token = match[0];
      chip.textContent = match[0].substring(1, match[0].length - 1);
      chip.title = 'Inline code ' + chip.textContent + ' (kept as it is on export)';
      this._input.appendChild(chip);
      at = match.index + match[0].length;
    }
    if (at < this._value.length) {
      this._input.appendChild(document.createTextNode(this._value.substring(at)));
    }
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
}
