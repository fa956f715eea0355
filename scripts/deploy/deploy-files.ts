import { cloudfrontAnswerStore } from './cloudfront-answers.ts';
import { cloudfrontPolicy } from './cloudfront-policy.ts';
import { deployedHttpsSite, nginxHttpsSite } from './nginx-https-site.ts';
import { nginxMaps, nginxSite } from './nginx-site.ts';

/**
 * The deploy files the project ships, by path, each written from deploy/headers.ts and the wizard's
 * machine: for the site at the root, or under a base path ("/sign-out/").
 */
export const deployFiles = (base = '/'): Record<string, string> => ({
  'deploy/nginx/sign-out-of-aws.conf': nginxSite({ base, brotli: true }),
  'deploy/nginx/sign-out-of-aws-maps.conf': nginxMaps({ base }),
  'deploy/nginx/sign-out-of-aws-https.conf': nginxHttpsSite(deployedHttpsSite),
  'deploy/cloudfront/response-headers-policy.json': cloudfrontPolicy(),
  'deploy/cloudfront/answer-redirects.json': cloudfrontAnswerStore(base),
});
