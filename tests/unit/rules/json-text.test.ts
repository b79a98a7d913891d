/** Issue 23, item 7: a pack file that is not JSON is refused with the line and column where it breaks, whatever the mistake. */
import { describe, expect, it } from 'vitest';
import { jsonErrorOffset, parseJson } from '../../../rules/json-text';

const problem = (text: string) => {
  const result = parseJson(text);
  return result.ok ? 'parsed' : result.problem;
};

describe('where JSON breaks', () => {
  it.each([
    ['a missing comma', '{\n  "id": "x"\n  "city": "y"\n}', 'error at line 3, column 3'],
    ['a trailing comma in an array', '{\n  "phrases": ["a", "b",]\n}', 'error at line 2, column 24'],
    ['a doubled comma (a mistake Node reports with no position)', '[1,,2]', 'error at line 1, column 4'],
    ['a trailing comma in an object', '{"a": 1,\n}', 'error at line 2, column 1'],
    ['single quotes', "{'id': 'x'}", 'error at line 1, column 2'],
    ['a comment', '{\n  // the id\n  "id": "x"\n}', 'error at line 2, column 3'],
    ['a bad escape', '{"a": "C:\\qemu"}', 'error at line 1, column 10'],
    ['a line break inside a string', '{"a": "two\nlines"}', 'error at line 1, column 11'],
    ['a leading zero', '{"version": 01}', 'error at line 1, column 14'],
    ['text after the document', '{"a": 1}\n}', 'error at line 2, column 1'],
    ['a document cut short', '{\n  "rules": [\n    {"id": "x"', 'the text ends too soon, at line 3, column 15'],
    ['an empty file', '', 'the text ends too soon, at line 1, column 1'],
    ['a key=value file', 'password=hunter2\n', 'error at line 1, column 1'],
  ])('%s', (_what, text, where) => {
    expect(problem(text)).toBe(`it is not JSON (${where})`);
  });

  it('finds nothing wrong in JSON the parser accepts, however it is written', () => {
    for (const text of ['{}', '[]', ' { "a" : [ ] , "b" : { } } ', '[-0.5e+10, true, false, null, "\\u00e9\\n"]', '"x"', '{"a":[{"b":[[]]}]}'])
      expect(jsonErrorOffset(text), text).toBeNull();
    expect(parseJson('{"a": [1, {"b": null}]}')).toEqual({ ok: true, value: { a: [1, { b: null }] } });
  });
});
