/** One path per portal from start to done: the answers chosen, how many steps follow, where it ends. */
export interface PortalPath {
  portal: string;
  answers: readonly string[];
  steps: number;
  end: string;
}

export const portalPaths: readonly PortalPath[] = [
  { portal: 'the console', answers: ['IAM user', 'Several (multi-session)', 'All of them'], steps: 2, end: '/iam-user/console/several/all/done/' },
  { portal: 'the access portal', answers: ['IAM Identity Center user', 'AWS access portal'], steps: 2, end: '/identity-center-user/access-portal/done/' },
  { portal: 'the Builder ID profile', answers: ['AWS Builder ID user', 'My AWS Builder ID profile'], steps: 2, end: '/builder-id/builder-id-profile/done/' },
  { portal: 'a tool used with Builder ID', answers: ['AWS Builder ID user', 'An AWS tool I use with my Builder ID'], steps: 1, end: '/builder-id/builder-id-tool/done/' },
];
