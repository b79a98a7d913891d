/** What a photo's analysis means under each city's pack: the right rule, the right clause, nothing for a plain landscape. */
import { describe, expect, it } from 'vitest';
import { type PictureFacts, pictureFindings } from '../../../../rules/images/findings';
import { marksToFind } from '../../../../rules/images/marks-to-find';
import { distanceMeters } from '../../../../rules/images/geo';
import { bundledPack } from '../../../../rules/packs/index';
import { parsePack } from '../../../../rules/schema';

const nothing: PictureFacts = { faces: 0, markRules: [], text: '', position: null };
const alexandria = bundledPack('alexandria');
const vicksburg = bundledPack('vicksburg');
const ids = (facts: Partial<PictureFacts>, pack = alexandria) => pictureFindings({ ...nothing, ...facts }, pack, {}, 1).map((f) => f.ruleId);

describe('photo findings', () => {
  it('a landscape with no people, marks, words or position gives none', () => {
    expect(ids({})).toEqual([]);
  });

  it('faces ask about consent, citing the clause, counted in the message', () => {
    const [finding] = pictureFindings({ ...nothing, faces: 3 }, vicksburg, {}, 2);
    expect(finding).toMatchObject({ ruleId: 'photo-faces', category: 'coworker-privacy', severity: 'warn', start: 0, end: 0, attachment: { index: 2 } });
    expect(finding!.message).toContain('3 faces found');
    expect(finding!.clauses.map((c) => c.section)).toEqual(['Procedure 7', 'Procedure 10']);
    expect(finding!.clauses[0]!.text).toContain('post photographs of co-workers or supervisors without their permission');
  });

  it('the template policy says nothing of coworkers\' photos, so its pack does not ask', () => {
    expect(ids({ faces: 2 }, bundledPack('template'))).toEqual([]);
  });

  it('a found seal is official capacity under the pack\'s logo clause', () => {
    const [finding] = pictureFindings({ ...nothing, markRules: ['photo-city-seal'] }, bundledPack('el-paso'), {}, 1);
    expect(finding).toMatchObject({ ruleId: 'photo-city-seal', category: 'official-capacity' });
    expect(finding!.clauses[0]!.section).toBe('III.A.1');
  });

  it('words of a uniform or the city\'s name in the picture are official capacity; other words are not', () => {
    expect(ids({ text: 'POLICE\nK-9 UNIT' })).toContain('photo-uniform-words');
    expect(ids({ text: 'Welcome to the City of Alexandria' })).toContain('photo-uniform-words');
    expect(ids({ text: 'Happy birthday Grandma' })).toEqual([]);
    expect(ids({ text: 'policeman' })).toEqual([]);
  });

  it('text in the photo goes through the text rules: a confidential memo is caught', () => {
    const findings = pictureFindings({ ...nothing, text: 'CONFIDENTIAL\nPersonnel memo: do not distribute' }, alexandria, {}, 1);
    const memo = findings.find((f) => f.ruleId === 'confidential-marker');
    expect(memo).toMatchObject({ category: 'confidential', severity: 'block', start: 0, end: 0, attachment: { index: 1 } });
    expect(memo!.message).toMatch(/^Text in the photo: /);
  });

  it('work time comes from the moment of posting, not from a picture', () => {
    const context = { cityComputer: true, now: new Date('2026-11-18T10:00:00'), workHours: { days: [1, 2, 3, 4, 5], start: '08:00', end: '17:00' } };
    expect(pictureFindings({ ...nothing, text: 'Nice day at the lake' }, alexandria, context, 1).filter((f) => f.category === 'work-time')).toEqual([]);
  });

  it('any GPS position is a personal-safety note where the policy speaks of it', () => {
    const facts = { position: { latitude: 32.35, longitude: -90.88 } };
    expect(ids(facts, vicksburg)).toEqual(['photo-location']);
    expect(pictureFindings({ ...nothing, ...facts }, vicksburg, {}, 1)[0]).toMatchObject({ category: 'personal-safety', severity: 'info' });
    expect(ids(facts, bundledPack('el-paso'))).toEqual([]);
  });

  it('a position inside a configured facility names it', () => {
    const source = structuredClone(alexandria) as unknown as { imageRules: unknown[] };
    source.imageRules.push({
      id: 'photo-at-facility',
      category: 'official-capacity',
      severity: 'warn',
      detector: { kind: 'facility-location', facilities: [{ name: 'City Hall', latitude: 38.8048, longitude: -77.0434, radiusMeters: 100 }] },
      clauses: [{ policy: 'employee', section: '4.10' }],
      message: 'This photo was taken at a City facility.',
    });
    const parsed = parsePack(source);
    if (!parsed.ok) throw new Error(parsed.errors.join('\n'));
    const inside = pictureFindings({ ...nothing, position: { latitude: 38.8051, longitude: -77.0436 } }, parsed.pack, {}, 1);
    expect(inside.find((f) => f.ruleId === 'photo-at-facility')?.message).toContain('(Taken at City Hall.)');
    const outside = pictureFindings({ ...nothing, position: { latitude: 38.82, longitude: -77.06 } }, parsed.pack, {}, 1);
    expect(outside.map((f) => f.ruleId)).toEqual(['photo-location']);
  });

  it('the analysis is asked for each insignia rule\'s marks', () => {
    expect(marksToFind(alexandria)).toEqual([expect.objectContaining({ ruleId: 'photo-city-seal', minSimilarity: 0.8 })]);
  });

  it('measures distances on the Earth to the metre at city scale', () => {
    // One minute of latitude is one nautical mile.
    expect(distanceMeters({ latitude: 38, longitude: -77 }, { latitude: 38 + 1 / 60, longitude: -77 })).toBeCloseTo(1853, -1);
  });
});

describe('image rules in the pack schema', () => {
  const withImageRule = (rule: unknown) => {
    const source = structuredClone(alexandria) as unknown as { imageRules: unknown[] };
    source.imageRules = [rule];
    return parsePack(source);
  };
  const base = { id: 'x', category: 'official-capacity', severity: 'warn', clauses: [{ policy: 'employee', section: '4.10' }], message: 'm' };

  it('rejects a fingerprint that is not 256 hex digits, with a readable reason', () => {
    const result = withImageRule({ ...base, detector: { kind: 'insignia', marks: [{ name: 'Seal', fingerprint: 'abc' }] } });
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.errors.join('\n')).toContain('256 hex digits');
  });

  it('rejects an image rule citing a clause the pack lacks, and unknown detector kinds', () => {
    const missing = withImageRule({ ...base, clauses: [{ policy: 'employee', section: '9.9' }], detector: { kind: 'faces' } });
    expect(missing.ok).toBe(false);
    if (!missing.ok) expect(missing.errors.join('\n')).toContain('which the pack does not contain');
    expect(withImageRule({ ...base, detector: { kind: 'iris-scan' } }).ok).toBe(false);
  });

  it('rejects a geofence outside the Earth', () => {
    expect(withImageRule({ ...base, detector: { kind: 'facility-location', facilities: [{ name: 'Hall', latitude: 95, longitude: 0, radiusMeters: 50 }] } }).ok).toBe(false);
  });
});
