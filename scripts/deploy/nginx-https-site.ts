/** Where and how the site is served over HTTPS: the shipped file's placeholders, or the tests' values. */
export interface HttpsSiteOptions {
  /** The addresses each server listens on, before the port: '' for every IPv4 address, '[::]' for IPv6. */
  hosts: readonly string[];
  /** The plain-HTTP port, which only redirects (80). */
  httpPort: number;
  /** The HTTPS port (443). */
  httpsPort: number;
  serverName: string;
  /** The folder nginx serves: the built site, or the one that holds it under its base path. */
  root: string;
  /** The certificate chain (the site's certificate first, then the intermediates) and its private key. */
  certificate: string;
  certificateKey: string;
  /** Where the two snippets are, as nginx resolves an include: from its configuration folder. */
  snippets: string;
}

/** The shipped file: Debian's layout, with the values a deployer replaces marked REPLACE. */
export const deployedHttpsSite: HttpsSiteOptions = {
  hosts: ['', '[::]'],
  httpPort: 80,
  httpsPort: 443,
  serverName: 'REPLACE.example.org',
  root: '/srv/sign-out-of-aws/dist',
  certificate: '/etc/ssl/REPLACE/fullchain.pem',
  certificateKey: '/etc/ssl/REPLACE/privkey.pem',
  snippets: 'snippets',
};

/**
 * TLS 1.2's ciphers as Mozilla's intermediate configuration (generator 6.0) names them: forward secret
 * (ECDHE), authenticated encryption (AES-GCM, ChaCha20-Poly1305). TLS 1.3 has only such ciphers, and
 * ssl_ciphers does not touch them.
 */
const tls12Ciphers = [
  'ECDHE-ECDSA-AES128-GCM-SHA256',
  'ECDHE-RSA-AES128-GCM-SHA256',
  'ECDHE-ECDSA-AES256-GCM-SHA384',
  'ECDHE-RSA-AES256-GCM-SHA384',
  'ECDHE-ECDSA-CHACHA20-POLY1305',
  'ECDHE-RSA-CHACHA20-POLY1305',
].join(':');

/** A path as nginx reads it: quoted when it holds anything but letters, digits and / . _ - */
const path = (value: string) => (/^[\w/.-]+$/.test(value) ? value : JSON.stringify(value));

const listen = (hosts: readonly string[], port: number, extra = '') =>
  hosts.map((host) => `    listen ${host ? `${host}:` : ''}${port}${extra};`);

/**
 * The whole site over HTTPS, for the http block (Debian's sites-enabled/): the maps, a server that
 * sends plain HTTP to HTTPS for good, and the HTTPS server; both include the site's rules, so every
 * response of either carries the headers.
 */
export function nginxHttpsSite(site: HttpsSiteOptions): string {
  const https = `https://$host${site.httpsPort === 443 ? '' : `:${site.httpsPort}`}`;
  const lines = [
    '# Written by `npm run deploy:config`: change scripts/deploy/, not this.',
    '# The site over HTTPS alone, for the http block: on Debian, copy this file to',
    '# /etc/nginx/sites-available/sign-out-of-aws and link it from sites-enabled/, with',
    `# sign-out-of-aws.conf and sign-out-of-aws-maps.conf in /etc/nginx/${site.snippets}/. Replace each`,
    '# REPLACE: the site\'s name and the certificate\'s two files (with Let\'s Encrypt,',
    '# /etc/letsencrypt/live/<name>/fullchain.pem and privkey.pem); and root, if the build is elsewhere.',
    `include ${site.snippets}/sign-out-of-aws-maps.conf;`,
    '',
    '# Plain HTTP: every address sent for good to the same one over HTTPS, headers and all.',
    'server {',
    ...listen(site.hosts, site.httpPort),
    `    server_name ${site.serverName};`,
    '    # Before the rules, whose answer redirect would otherwise send a form to plain HTTP: add_header',
    '    # is read wherever it stands, return in order.',
    `    return 301 ${https}$request_uri;`,
    `    include ${site.snippets}/sign-out-of-aws.conf;`,
    '}',
    '',
    'server {',
    '    # http2 on the listen line is what nginx before 1.25.1 reads (Debian 12 has 1.22); later ones warn',
    '    # and take "http2 on;" instead.',
    ...listen(site.hosts, site.httpsPort, ' ssl http2'),
    `    server_name ${site.serverName};`,
    `    root ${path(site.root)};`,
    `    ssl_certificate ${path(site.certificate)};`,
    `    ssl_certificate_key ${path(site.certificateKey)};`,
    '    ssl_protocols TLSv1.2 TLSv1.3;',
    `    ssl_ciphers ${tls12Ciphers};`,
    '    ssl_prefer_server_ciphers off;',
    '    ssl_session_timeout 1d;',
    '    ssl_session_cache shared:sign_out_of_aws_tls:10m;',
    '    ssl_session_tickets off;',
    '    # Plain HTTP sent to this port (nginx calls it 497): to HTTPS for good, as on the plain port.',
    `    error_page 497 =301 ${https}$request_uri;`,
    `    include ${site.snippets}/sign-out-of-aws.conf;`,
    '}',
  ];
  return `${lines.join('\n')}\n`;
}
