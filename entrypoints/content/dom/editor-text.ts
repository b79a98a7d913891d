/**
 * Reads an editor's draft as plain text, and remembers which DOM text node each
 * run of characters came from, so offsets in the text can be mapped back to DOM
 * ranges for highlights. Only reads; never touches the editor's DOM.
 *
 * Paragraphs (the innermost block elements: Draft.js blocks, Lexical/Quill/
 * ProseMirror <p>) are joined with "\n"; an empty paragraph is an empty line.
 */

export interface TextSegment {
  node: Text;
  /** Offset of the node's first character in the draft text. */
  start: number;
}

export interface EditorText {
  text: string;
  segments: TextSegment[];
}

const BLOCK_TAGS = new Set(['P', 'DIV', 'LI', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'BLOCKQUOTE', 'PRE', 'UL', 'OL']);

function isBlock(node: Node): node is Element {
  return node.nodeType === Node.ELEMENT_NODE && BLOCK_TAGS.has((node as Element).tagName);
}

function hasBlockChild(el: Element): boolean {
  for (const child of el.children) if (BLOCK_TAGS.has(child.tagName)) return true;
  return false;
}

/** Collects the leaf blocks under `root` in document order (the root itself if it has none). */
function leafBlocks(root: Element): Element[] {
  const out: Element[] = [];
  const visit = (el: Element) => {
    if (!hasBlockChild(el)) {
      out.push(el);
      return;
    }
    for (const child of el.children) if (isBlock(child)) visit(child);
  };
  visit(root);
  return out;
}

export function readEditorText(editor: HTMLElement): EditorText {
  if (editor instanceof HTMLTextAreaElement || editor instanceof HTMLInputElement) {
    return { text: editor.value, segments: [] };
  }
  let text = '';
  const segments: TextSegment[] = [];
  const blocks = leafBlocks(editor);
  blocks.forEach((block, i) => {
    if (i > 0) text += '\n';
    const walker = block.ownerDocument.createTreeWalker(block, NodeFilter.SHOW_TEXT | NodeFilter.SHOW_ELEMENT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      if (node.nodeType === Node.TEXT_NODE) {
        const value = (node as Text).data;
        if (!value) continue;
        segments.push({ node: node as Text, start: text.length });
        text += value;
      } else if ((node as Element).tagName === 'BR' && node.nextSibling !== null) {
        text += '\n'; // a line break inside a paragraph; a trailing <br> only holds an empty line open
      }
    }
  });
  // Editors put zero-width and no-break spaces in as layout placeholders; read them as the user sees them.
  return { text: text.replace(/\u00a0/g, ' '), segments };
}
