import { describe, expect, it } from 'vitest';
import biomeJson from '../biome.json?raw';

/**
 * apps/web/biome.json enforces the import boundaries with Biome's noRestrictedImports. The rule
 * matches import specifiers, not resolved files, and an override's options replace (not extend)
 * those of an earlier one, so it takes one override per folder, two per feature: a new folder
 * without its overrides would not be checked at all. These tests keep the file complete.
 */
type Override = {
  includes: string[];
  linter: {
    rules: {
      style: {
        noRestrictedImports: { level: string; options: { patterns: Array<{ group: string[] }> } };
      };
    };
  };
};

const { overrides } = JSON.parse(biomeJson) as { overrides: Override[] };

/** The folders that hold source files, per level: src/<folder>/… and src/features/<name>/… */
const files = Object.keys(import.meta.glob('./**/*.{ts,tsx}'));
const foldersUnder = (prefix: string) =>
  [
    ...new Set(
      files
        .filter((file) => file.startsWith(prefix) && file.slice(prefix.length).includes('/'))
        .map((file) => file.slice(prefix.length).split('/')[0] ?? ''),
    ),
  ].sort();

const features = foldersUnder('./features/');
const sharedFolders = foldersUnder('./').filter((name) => name !== 'app' && name !== 'features');

function restrictionsFor(includes: string) {
  const matching = overrides.filter((override) => override.includes.includes(includes));
  expect(matching, `one override for ${includes} in apps/web/biome.json`).toHaveLength(1);
  const [override] = matching;
  const rule = override?.linter.rules.style.noRestrictedImports;
  expect(rule?.level).toBe('error');
  return rule?.options.patterns.map((pattern) => pattern.group);
}

describe('import boundaries in apps/web/biome.json', () => {
  it('finds the features and the shared folders', () => {
    expect(features).toContain('users');
    expect(sharedFolders).toContain('lib');
  });

  it('keeps every shared folder from importing features/ and app/', () => {
    expect(restrictionsFor(`src/{${sharedFolders.join(',')}}/**`)).toEqual([
      ['@/features/**', '**/features/**'],
      ['@/app/**', '**/app/**'],
    ]);
  });

  it.each(features)('keeps features/%s from importing other features and app/', (name) => {
    const ownFeatureOnly = ['@/features/**', `!@/features/${name}/**`];
    // Files at the feature's top level may not climb out at all, files in its folders one level;
    // no path may climb back after going down (`@/features/${name}/../other`, `../api/../../x`).
    expect(restrictionsFor(`src/features/${name}/*`)).toEqual([
      ownFeatureOnly,
      ['@/app/**'],
      ['../**', '*/**/../**'],
    ]);
    expect(restrictionsFor(`src/features/${name}/*/**`)).toEqual([
      ownFeatureOnly,
      ['@/app/**'],
      ['../../**', '*/**/../**'],
    ]);
  });

  it('has no overrides for folders that do not exist', () => {
    const expected = [
      `src/{${sharedFolders.join(',')}}/**`,
      ...features.flatMap((name) => [`src/features/${name}/*`, `src/features/${name}/*/**`]),
    ];
    expect(overrides.flatMap((override) => override.includes)).toEqual(expected);
  });
});
