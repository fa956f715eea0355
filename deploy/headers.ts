/**
 * What the server sends, said once: the nginx rules, `_headers` and `_redirects`, and the CloudFront
 * policy are all written from this file (`npm run deploy:config`).
 */

/**
 * The page-independent part of the Content-Security-Policy. Each page's own `<meta>` policy adds the
 * hashes of its inline styles, and a browser enforces both, so this one names no style or default
 * source, which would block those styles; it adds what a `<meta>` policy cannot say: frame-ancestors.
 */
const contentSecurityPolicy = [
  "script-src 'self'",
  "img-src 'self' data:",
  "font-src 'self'",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
  "frame-ancestors 'none'",
].join('; ');

/** Powerful features the wizard never uses, denied to it and to anything it might embed. */
const deniedFeatures = [
  'accelerometer',
  'autoplay',
  'browsing-topics',
  'camera',
  'clipboard-read',
  'display-capture',
  'encrypted-media',
  'fullscreen',
  'geolocation',
  'gyroscope',
  'hid',
  'idle-detection',
  'magnetometer',
  'microphone',
  'midi',
  'payment',
  'picture-in-picture',
  'publickey-credentials-get',
  'screen-wake-lock',
  'serial',
  'usb',
  'xr-spatial-tracking',
];

/** Sent with every response: pages, 404s, redirects and assets alike. */
export const securityHeaders: Readonly<Record<string, string>> = {
  'Content-Security-Policy': contentSecurityPolicy,
  'X-Frame-Options': 'DENY',
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
  // Browsers heed it only over HTTPS; two years, the preload list's minimum being one.
  'Strict-Transport-Security': 'max-age=63072000',
  // "Copy link to this step" writes to the clipboard.
  'Permissions-Policy': [...deniedFeatures.map((feature) => `${feature}=()`), 'clipboard-write=(self)'].join(', '),
  'Cross-Origin-Opener-Policy': 'same-origin',
  'Cross-Origin-Resource-Policy': 'same-origin',
};

/** The folder, under the base path, of the build's files named by their content's hash. */
export const hashedDir = 'assets/';

export const cacheControl = {
  /** A hashed file never changes: a new build names its new content anew. */
  hashed: 'public, max-age=31536000, immutable',
  /** Everything else (pages, 404.html, robots.txt, sitemap.xml) is asked after each time: 304 when unchanged. */
  other: 'no-cache',
};

const textExtensions = ['html', 'js', 'css', 'svg', 'xml', 'txt', 'json'];

/** Whether the build writes `.br` and `.gz` copies of a file, for the server to send as they are. */
export const isCompressed = (file: string) => textExtensions.some((extension) => file.endsWith(`.${extension}`));
