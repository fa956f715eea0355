import { cacheControl, hashedDir, securityHeaders } from '../../deploy/headers.ts';
import { nginxAnswerMap, nginxAnswerRedirect } from './nginx-answers.ts';

interface SiteOptions {
  /** Where the site is hosted, with slashes at both ends: "/" or, say, "/sign-out/". */
  base: string;
  /** Whether nginx has the brotli static module (Debian: libnginx-mod-http-brotli-static). */
  brotli: boolean;
}

/** The variable, set by a map in the http block, that holds the Cache-Control value for the address. */
const cacheVariable = '$sign_out_cache_control';

/** The site's rules, for the inside of an nginx server block whose root holds the built site. */
export function nginxSite({ base, brotli }: SiteOptions): string {
  const lines = [
    '# Written by `npm run deploy:config` from deploy/headers.ts: change that, not this.',
    base === '/'
      ? '# For the inside of a server block whose root is the built site (dist/),'
      : `# For the inside of a server block whose root holds the built site (dist/) as ${base.slice(1, -1)}/,`,
    '# in an http block that includes sign-out-of-aws-maps.conf.',
    'server_tokens off;',
    'autoindex off;',
    '# A folder asked for without its trailing slash is redirected by path alone, not by this host and port.',
    'absolute_redirect off;',
    'charset utf-8;',
    '# The build writes .br and .gz beside each text file: nothing is compressed on request.',
    ...(brotli ? ['brotli_static on;'] : []),
    'gzip_static on;',
    'gzip_vary on;',
    `error_page 403 404 =404 ${base}404.html;`,
    '# A malformed address, an unknown method, a body or an address too long: the site\'s own page, which',
    '# names the start, with the status kept.',
    `error_page 400 405 413 414 ${base}404.html;`,
    '',
    '# Here, at the server level, every response gets them, whatever its status (a 400 reaches no',
    '# location). A location with an add_header of its own would drop them all: none has one.',
    ...[...Object.entries(securityHeaders), ['Cache-Control', cacheVariable]].map(
      ([name, value]) => `add_header ${name} "${value}" always;`,
    ),
    '',
    ...nginxAnswerRedirect,
  ];
  return `${lines.join('\n')}\n`;
}

/** What the site's rules read, for the http block: maps are allowed nowhere else. */
export function nginxMaps({ base }: Pick<SiteOptions, 'base'>): string {
  const lines = [
    '# Written by `npm run deploy:config`: change scripts/deploy/, not this.',
    '# For the http block, beside a server block that includes sign-out-of-aws.conf.',
    '# The answer map\'s keys are whole addresses, longer than the default bucket holds. nginx takes this',
    '# only before the http block\'s first map: include this file before any other.',
    'map_hash_bucket_size 256;',
    `map $uri ${cacheVariable} {`,
    `    default "${cacheControl.other}";`,
    `    ~^${base}${hashedDir} "${cacheControl.hashed}";`,
    '}',
    '',
    ...nginxAnswerMap(base),
  ];
  return `${lines.join('\n')}\n`;
}
