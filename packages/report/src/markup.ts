// A small reader for the markup React renders on the server (renderToStaticMarkup). React escapes
// every text node and attribute value (& < > " '), so a `<` in the markup always starts a tag and
// the tags can be matched by depth without a full XML parser.

const TAG = /<(\/?)([A-Za-z][\w:-]*)((?:\s+[\w:-]+(?:="[^"]*")?)*)\s*(\/?)>/g;

/** One element: its name, its attributes (still escaped), and where it starts and ends in the markup. */
export interface MarkupElement {
  name: string;
  attributes: string;
  start: number;
  /** Index just after the element's closing tag. */
  end: number;
  /** Index just after the opening tag, and just before the closing tag. */
  innerStart: number;
  innerEnd: number;
}

/** The direct children elements of the markup between `from` and `to`. */
export function childElements(markup: string, from = 0, to = markup.length): MarkupElement[] {
  const out: MarkupElement[] = [];
  const stack: { name: string; attributes: string; start: number; innerStart: number }[] = [];
  TAG.lastIndex = from;
  for (let m = TAG.exec(markup); m !== null && m.index < to; m = TAG.exec(markup)) {
    const [whole, closing, name = '', attributes = '', selfClosing] = m;
    if (closing) {
      const open = stack.pop();
      if (!open || open.name !== name) throw new Error(`Unbalanced markup at ${m.index}: </${name}>`);
      if (stack.length === 0) {
        out.push({ ...open, end: m.index + whole.length, innerEnd: m.index });
      }
    } else if (selfClosing) {
      if (stack.length === 0) {
        const end = m.index + whole.length;
        out.push({ name, attributes, start: m.index, end, innerStart: end, innerEnd: end });
      }
    } else {
      stack.push({ name, attributes, start: m.index, innerStart: m.index + whole.length });
    }
  }
  return out;
}

/** Every element passing `test` at any depth between `from` and `to` (not looking inside a match). */
export function findElements(
  markup: string,
  test: (element: MarkupElement) => boolean,
  from = 0,
  to = markup.length,
): MarkupElement[] {
  const found: MarkupElement[] = [];
  const visit = (from: number, to: number) => {
    for (const element of childElements(markup, from, to)) {
      if (test(element)) found.push(element);
      else visit(element.innerStart, element.innerEnd);
    }
  };
  visit(from, to);
  return found;
}

/** The value of one attribute, unescaped; undefined when absent. */
export function attribute(element: MarkupElement, name: string): string | undefined {
  const m = new RegExp(`\\s${name}="([^"]*)"`).exec(element.attributes);
  return m?.[1] === undefined ? undefined : unescapeText(m[1]);
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

/** Markup text back to plain text: the entities React writes, and numeric ones. */
export function unescapeText(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|amp|lt|gt|quot|apos);/gi, (_m, entity: string) => {
    if (entity.startsWith('#x') || entity.startsWith('#X'))
      return String.fromCodePoint(parseInt(entity.slice(2), 16));
    if (entity.startsWith('#')) return String.fromCodePoint(Number(entity.slice(1)));
    return ENTITIES[entity.toLowerCase()] ?? `&${entity};`;
  });
}

/** The text inside an element, tags dropped, entities decoded. */
export function textOf(markup: string, element: MarkupElement): string {
  return unescapeText(markup.slice(element.innerStart, element.innerEnd).replace(/<[^>]*>/g, ''));
}
