/**
 * The studio's model of a pack being edited: edits copy only the path they
 * touch, an optional field left empty is left out, and each schema issue lands
 * beside the field (or the rule, clause or list) it is about — for an outside
 * pack, not only the bundled ones.
 */
import { describe, expect, it } from 'vitest';
import { STUDIO_EN } from '../../../components/studio-strings';
import { placeOf } from '../../../entrypoints/studio/field-places';
import { issueText } from '../../../entrypoints/studio/issue-text';
import { fieldId, getIn, setIn } from '../../../entrypoints/studio/pack-edit';
import { packFromText, saveName } from '../../../entrypoints/studio/pack-file';
import { placeLabel } from '../../../entrypoints/studio/place-label';
import { templateDocument } from '../../../entrypoints/studio/template-pack';
import { issuesByAnchor, validatePack } from '../../../entrypoints/studio/validation';

const template = () => templateDocument();

describe('editing the document', () => {
  it('sets a path, copying only its parents, and removes a key given undefined', () => {
    const before = template();
    const after = setIn(before, ['rules', 0, 'message'], 'New words.');
    expect(getIn(after, ['rules', 0, 'message'])).toBe('New words.');
    expect(getIn(before, ['rules', 0, 'message'])).not.toBe('New words.');
    expect(getIn(after, ['policies'])).toBe(getIn(before, ['policies']));
    expect(getIn(after, ['rules', 1])).toBe(getIn(before, ['rules', 1]));
    const without = setIn(after, ['rules', 0, 'suggestion'], undefined);
    expect(Object.keys(getIn(without, ['rules', 0]) as object)).not.toContain('suggestion');
  });

  it('names fields with ids a link can point at', () => {
    expect(fieldId(['vocabulary', 'insult-nouns', 'add'])).toBe('field-vocabulary.insult-nouns.add');
    expect(fieldId(['policies', 0, 'clauses', 3, 'text'])).toBe('field-policies.0.clauses.3.text');
  });
});

describe('validation beside the fields', () => {
  it('the template pack is valid as it is', () => {
    expect(validatePack(template()).ok).toBe(true);
  });

  it('an emptied clause text is an issue beside that field, said plainly', () => {
    const broken = setIn(template(), ['policies', 0, 'clauses', 0, 'text'], '');
    const result = validatePack(broken);
    expect(result.ok).toBe(false);
    const [issue] = result.issues;
    expect(issue!.place).toEqual({ anchor: ['policies', 0, 'clauses', 0, 'text'], kind: 'field' });
    expect(issueText(issue!, STUDIO_EN)).toBe('Write something here.');
    const section = getIn(broken, ['policies', 0, 'clauses', 0, 'section']) as string;
    expect(placeLabel(issue!, broken, STUDIO_EN)).toBe(`${getIn(broken, ['policies', 0, 'id']) as string} section ${section} — Clause text, exactly as the policy words it`);
    expect(issuesByAnchor(result.issues).get('policies.0.clauses.0.text')).toHaveLength(1);
  });

  it('a blocking grievance rule is refused at its severity, with the schema’s own reason', () => {
    // The template has no grievance rule: its first rule made one, still blocking.
    const result = validatePack(setIn(setIn(template(), ['rules', 0, 'category'], 'grievance'), ['rules', 0, 'severity'], 'block'));
    expect(result.issues.map((i) => [i.place?.anchor, i.message])).toEqual([[['rules', 0, 'severity'], expect.stringContaining('never block')]]);
  });

  it('a wrong phrase in a word-list change is placed on its line of the list; removing from a floor list on the list', () => {
    const doc = setIn(template(), ['vocabulary'], { 'insult-nouns': { add: ['dingbat', 'Dingbats'] }, 'collective-topics': { remove: ['overtime'] } });
    const result = validatePack(doc);
    const places = result.issues.map((i) => i.place);
    expect(places).toContainEqual({ anchor: ['vocabulary', 'insult-nouns', 'add'], kind: 'field', item: 1 });
    expect(places).toContainEqual({ anchor: ['vocabulary', 'collective-topics', 'remove'], kind: 'field' });
  });

  it('what has no field of its own goes to its rule, and what has no place at all to the summary alone', () => {
    expect(placeOf(['rules', 2, 'detector', 'phrases', 0])).toEqual({ anchor: ['rules', 2], kind: 'group' });
    expect(placeOf(['rules', 2, 'clauses'])).toEqual({ anchor: ['rules', 2], kind: 'group' });
    expect(placeOf(['lexicon', 'cityNames', 4])).toEqual({ anchor: ['lexicon', 'cityNames'], kind: 'field', item: 4 });
    expect(placeOf(['imageRules', 0, 'severity'])).toBeNull();
  });
});

describe('the file', () => {
  it('is read as JSON with the place it breaks, and a signed envelope is refused', () => {
    expect(packFromText('{\n  "id": "x",,\n}', STUDIO_EN)).toEqual({ ok: false, problem: 'it is not JSON (error at line 2, column 13)' });
    expect(packFromText('[1, 2]', STUDIO_EN)).toEqual({ ok: false, problem: STUDIO_EN.notPack });
    expect(packFromText('{"format":"postcheck-signed-pack/1","payload":"","signature":""}', STUDIO_EN)).toEqual({ ok: false, problem: STUDIO_EN.signedFile });
    expect(packFromText('\uFEFF{"id":"springfield"}', STUDIO_EN)).toEqual({ ok: true, document: { id: 'springfield' } });
  });

  it('is saved under the name it was opened with, else the pack’s id', () => {
    expect(saveName('springfield.json', {})).toBe('springfield.json');
    expect(saveName('springfield.signed.json', { id: 'springfield' })).toBe('springfield.json');
    expect(saveName(null, { id: 'template' })).toBe('template.json');
    expect(saveName(null, { id: '../../etc' })).toBe('pack.json');
  });
});
