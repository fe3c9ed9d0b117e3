// A rollup plugin that shrinks the static text of Lit's html``, svg`` and css`` templates:
// minifiers leave template literals alone, and their indentation is a tenth of the elements.
// Only whitespace that contains a line break is touched, and it becomes one space (or nothing
// next to CSS punctuation), which renders the same: a line break and indentation in HTML
// already collapse to one space. Expressions inside ${} are never changed.
import ts from 'typescript';

const TAGS = new Set(['html', 'svg', 'css']);

/** The edits for one file: [start, end, replacement] of each template part's raw text. */
function edits(code, fileName) {
  const source = ts.createSourceFile(fileName, code, ts.ScriptTarget.Latest, true, ts.ScriptKind.TS);
  const out = [];
  const squeeze = (node, isCss) => {
    // A literal's raw text lies between its opening (` or }) and its closing (` or ${).
    const start = node.getStart(source) + 1;
    const end = node.getEnd() - (ts.isNoSubstitutionTemplateLiteral(node) || node.kind === ts.SyntaxKind.TemplateTail ? 1 : 2);
    const raw = code.slice(start, end);
    let text = raw.replace(/[ \t]*\r?\n\s*/g, ' ');
    // CSS: comments go, and spaces around punctuation and after a declaration's colon (a
    // selector never has a space after its colon); quoted strings are kept as they are.
    if (isCss) text = text.replace(/\/\*[\s\S]*?\*\//g, '').replace(/("[^"]*"|'[^']*')|\s*([{};,>])\s*|(:)\s+/g, (_m, quoted, punctuation, colon) => quoted ?? punctuation ?? colon);
    if (text !== raw) out.push([start, end, text]);
  };
  const visit = (node) => {
    if (ts.isTaggedTemplateExpression(node) && ts.isIdentifier(node.tag) && TAGS.has(node.tag.text)) {
      const isCss = node.tag.text === 'css';
      const template = node.template;
      if (ts.isNoSubstitutionTemplateLiteral(template)) squeeze(template, isCss);
      else {
        squeeze(template.head, isCss);
        for (const span of template.templateSpans) squeeze(span.literal, isCss);
      }
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return out;
}

/** Applies the edits; exported for tests. */
export function minifyTemplates(code, fileName = 'file.ts') {
  let result = code;
  for (const [start, end, text] of edits(code, fileName).sort((a, b) => b[0] - a[0])) result = result.slice(0, start) + text + result.slice(end);
  return result;
}

export default function minifyTemplatesPlugin({ include = /packages\/components\/src\/.*\.ts$/ } = {}) {
  return {
    name: 'minify-templates',
    transform(code, id) {
      if (!include.test(id) || id.endsWith('.test.ts')) return null;
      const result = minifyTemplates(code, id);
      return result === code ? null : { code: result, map: null };
    },
  };
}
