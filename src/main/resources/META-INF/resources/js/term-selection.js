// Remembers the last text selected in a source cell and in the target editor of the workbench, so that
// "Add to glossary" can offer the pair. Plain JavaScript, no imports (STACK.md: no frontend build).
(function () {
  if (window.tandemTermSelection) {
    return;
  }
  const remembered = { source: '', target: '' };
  window.tandemTermSelection = remembered;
  document.addEventListener('selectionchange', () => {
    const selection = window.getSelection();
    if (!selection || selection.isCollapsed || !selection.anchorNode) {
      return;
    }
    const element = selection.anchorNode.nodeType === Node.ELEMENT_NODE
      ? selection.anchorNode : selection.anchorNode.parentElement;
    const text = selection.toString().replace(/\s+/g, ' ').trim();
    if (!element || !text || text.length > 200) {
      return;
    }
    if (element.closest('.segment-text.source')) {
      remembered.source = text;
    } else if (element.closest('tandem-segment-editor') || element.closest('.segment-text.target')) {
      remembered.target = text;
    }
  });
})();
