import type { ProfileId } from '../model/types';
import { euGdprProfile } from './eu-gdpr';
import { jpAppiProfile } from './jp-appi';
import { jpPmarkProfile } from './jp-pmark';
import { noneProfile } from './none';
import type { Profile } from './types';

export type { ItemKey, ItemRequirement, Practice, Profile, SectionRequirement } from './types';

export const profiles: Readonly<Record<ProfileId, Profile>> = {
  'jp-appi': jpAppiProfile,
  'jp-pmark': jpPmarkProfile,
  'eu-gdpr': euGdprProfile,
  none: noneProfile,
};

export function getProfile(id: ProfileId): Profile {
  return profiles[id];
}
