import type { Profile } from './types';

/** No legal profile: structure and writing rules only. */
export const noneProfile: Profile = {
  id: 'none',
  title: { ja: 'なし（法的要件を検査しない）', en: 'None (no legal requirements)' },
  law: { ja: 'なし', en: 'none' },
  amendments: [],
  sections: [],
  items: [],
  clauseSets: [],
};
