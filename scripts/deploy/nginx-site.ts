import { cacheControl, hashedDir, securityHeaders } from '../../deploy/headers.ts';

interface SiteOptions {
  /** Where the site is hosted, with slashes at both ends: "/" or, say, "/sign-out/". */
  base: string;
  /** Whether nginx has the brotli static module (Debian: libnginx-mod-http-brotli-static). */
  brotli: boolean;
}

// nginx takes a location's add_header lines in place of the server's, so each location lists them all.
const headerLines = (cache: string) =>
  [...Object.entries(securityHeaders), ['Cache-Control', cache]].map(
    ([name, value]) => `    add_header ${name} "${value}" always;`,
  );

/** The site's rules, for the inside of an nginx server block whose root holds the built site. */
export function nginxSite({ base, brotli }: SiteOptions): string {
  const lines = [
    '# Written by `npm run deploy:config` from deploy/headers.ts: change that, not this.',
    base === '/'
      ? '# For the inside of a server block whose root is the built site (dist/).'
      : `# For the inside of a server block whose root holds the built site (dist/) as ${base.slice(1, -1)}/.`,
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
    '',
    `location ${base} {`,
    ...headerLines(cacheControl.other),
    '}',
    '',
    `location ${base}${hashedDir} {`,
    ...headerLines(cacheControl.hashed),
    '}',
  ];
  return `${lines.join('\n')}\n`;
}
