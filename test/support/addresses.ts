/**
 * The wizard's addresses that tests open, each written once: when a published address moves, this
 * is the one file of tests to change (and the redirect that keeps the old one working is declared in
 * src/address/redirects.ts). The address contract's own tests (test/unit/address.test.ts) spell out
 * the addresses they read instead, since the spelling is what they test.
 */
export const at = {
  start: '/',
  map: '/map/',
  userType: '/user-type/',
  notSure: {
    /** Where “You are the account root user” is said: the question after the one that settled it. */
    rootIdentified: '/not-sure/yes/here-or-elsewhere/',
    noneFits: '/not-sure/no/none-of-these/ask-your-administrator/',
    builderIdProfileDone: '/not-sure/no/personal-profile/this-browser/builder-id-profile/done/',
    awsSettingsElsewhereDone: '/not-sure/no/aws-settings/elsewhere/done/',
  },
  rootUser: {
    places: '/root-user/this-browser/portal/',
    sessions: '/root-user/this-browser/console/sessions/',
    cliStep1: '/root-user/this-browser/cli/steps/1/',
    whoCanHelp: '/root-user/elsewhere/who-can-help/',
  },
  iamUser: {
    whereToSignOut: '/iam-user/here-or-elsewhere/',
    sessions: '/iam-user/this-browser/console/sessions/',
    oneStep1: '/iam-user/this-browser/console/one/steps/1/',
    oneStep2: '/iam-user/this-browser/console/one/steps/2/',
    oneCheck: '/iam-user/this-browser/console/one/check/',
    oneDone: '/iam-user/this-browser/console/one/done/',
    allStep1: '/iam-user/this-browser/console/several/all/steps/1/',
    allStep2: '/iam-user/this-browser/console/several/all/steps/2/',
    currentStep1: '/iam-user/this-browser/console/several/current/steps/1/',
    currentStep2: '/iam-user/this-browser/console/several/current/steps/2/',
    consoleAndCliOneStep1: '/iam-user/this-browser/console+cli/one/steps/1/',
    whoCanHelp: '/iam-user/elsewhere/who-can-help/',
  },
  identityCenterUser: {
    whereToSignOut: '/identity-center-user/here-or-elsewhere/',
    places: '/identity-center-user/this-browser/portal/',
    consoleOneDone: '/identity-center-user/this-browser/console/one/done/',
    portalStep1: '/identity-center-user/this-browser/access-portal/steps/1/',
    portalStep2: '/identity-center-user/this-browser/access-portal/steps/2/',
    portalCheck: '/identity-center-user/this-browser/access-portal/check/',
    portalDone: '/identity-center-user/this-browser/access-portal/done/',
    bothOneStep1: '/identity-center-user/this-browser/console+access-portal/one/steps/1/',
    bothOneStep3: '/identity-center-user/this-browser/console+access-portal/one/steps/3/',
    bothOneStep4: '/identity-center-user/this-browser/console+access-portal/one/steps/4/',
    bothOneCheck: '/identity-center-user/this-browser/console+access-portal/one/check/',
    bothAllStep3: '/identity-center-user/this-browser/console+access-portal/several/all/steps/3/',
    bothAllCheck: '/identity-center-user/this-browser/console+access-portal/several/all/check/',
    everywhereOneStep1: '/identity-center-user/this-browser/console+access-portal+cli/one/steps/1/',
    everywhereOneStep5: '/identity-center-user/this-browser/console+access-portal+cli/one/steps/5/',
    everywhereOneDone: '/identity-center-user/this-browser/console+access-portal+editor+cli/one/done/',
    cliStep1: '/identity-center-user/this-browser/cli/steps/1/',
    cliDone: '/identity-center-user/this-browser/cli/done/',
    bothAllNotSignedOut: '/identity-center-user/this-browser/console+access-portal/several/all/not-signed-out/',
    elsewhereStep1: '/identity-center-user/elsewhere/steps/1/',
    elsewhereCheck: '/identity-center-user/elsewhere/check/',
  },
  projectUser: {
    awsSettingsStep1: '/project-user/this-browser/aws-settings/steps/1/',
  },
  builderId: {
    places: '/builder-id/this-browser/portal/',
    profileStep1: '/builder-id/this-browser/builder-id-profile/steps/1/',
    profileStep2: '/builder-id/this-browser/builder-id-profile/steps/2/',
    profileCheck: '/builder-id/this-browser/builder-id-profile/check/',
    profileDone: '/builder-id/this-browser/builder-id-profile/done/',
    profileNotSignedOut: '/builder-id/this-browser/builder-id-profile/not-signed-out/',
    elsewhereStep1: '/builder-id/elsewhere/steps/1/',
    elsewhereStep2: '/builder-id/elsewhere/steps/2/',
  },
  /** Published before "here or elsewhere" was asked: each opens its screen at its new address. */
  older: {
    iamUserSessions: '/iam-user/console/sessions/',
    iamUserAllStep2: '/iam-user/console/several/all/steps/2/',
    iamUserOneStep2: '/iam-user/console/one/steps/2/',
    rootUserSessions: '/root-user/console/sessions/',
  },
  /** Published when the console and the portal, or a project and AWS Settings, were one answer: each opens its set. */
  combined: {
    bothOneStep3: '/identity-center-user/this-browser/console-and-access-portal/one/steps/3/',
    projectAndSettingsDone: '/project-user/this-browser/project-and-aws-settings/done/',
  },
  /** Addresses no screen has: each lands on the nearest screen, with a notice. */
  broken: {
    noSuchPage: '/no-such-page/',
    rootUserAtAccessPortal: '/root-user/this-browser/access-portal/steps/1/',
  },
} as const;
