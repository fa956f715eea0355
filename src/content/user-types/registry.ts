import { builderId } from './builder-id';
import { federatedIdentity } from './federated-identity';
import { iamUser } from './iam-user';
import { identityCenterUser } from './identity-center-user';
import { projectUser } from './project-user';
import { rootUser } from './root-user';
import type { UserTypeModule } from './user-type';

/** Every kind of user, in the order AWS's "Determine your user type" lists them and the wizard offers them. */
export const userTypes = [rootUser, iamUser, identityCenterUser, federatedIdentity, projectUser, builderId] as const;

export type UserType = (typeof userTypes)[number]['id'];

const byId = new Map<string, UserTypeModule>(userTypes.map((userType) => [userType.id, userType]));

/** The module of a kind of user, looked up by a slug that may come from anywhere. */
export const userTypeModule = (id: UserType): UserTypeModule => byId.get(id)!;

export const isUserType = (slug: string): slug is UserType => byId.has(slug);

/** Every way of signing in that "How do you sign in?" offers, each pointing to the kind of user it names. */
export const signInMethods = userTypes.flatMap(({ id, recognisedBy }) =>
  'signInMethods' in recognisedBy ? recognisedBy.signInMethods.map((method) => ({ method, userType: id })) : [],
);
