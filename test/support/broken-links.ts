/**
 * Links that are broken in each way an address can be: a screen that does not exist, a valid path with
 * nonsense after it, and addresses the server itself refuses as malformed (status 400).
 */
export const brokenLinks = ['/no-such-step/', '/iam-user/this-browser/console/several/current/zzz/', '/%', '/..%2F..%2Fetc%2Fpasswd'];
