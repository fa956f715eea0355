import type { Answers, WhereToSignOut } from './answers';
import type { PlaceId } from './places/registry';
import type { UserType } from './user-types/registry';

/** A link to another sign-out path, given by the answers that lead to its first step. */
export interface FollowUp {
  label: string;
  answers: Answers & { userType: UserType; whereToSignOut: WhereToSignOut };
  /** Straight to this step of the checklist the answers lead to: the ones before it are already done. */
  fromStep?: number;
}

/** A link to the first step of signing out here, on this device, at `place`; without one, to the question where they are signed in. */
export const signOutHere = (label: string, userType: UserType, place?: PlaceId): FollowUp => ({
  label,
  answers: { userType, whereToSignOut: 'this-browser', ...(place && { places: place }) },
});

/** A link to the first step of ending sessions on a device or browser the person can't reach. */
export const endSessionsElsewhere = (label: string, userType: UserType): FollowUp => ({
  label,
  answers: { userType, whereToSignOut: 'elsewhere' },
});
