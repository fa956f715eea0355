import { securityHeaders } from '../../deploy/headers.ts';

/** The headers a CloudFront response headers policy has fields of its own for; the rest go in as custom headers. */
const ownFields: Record<string, (value: string) => [string, object]> = {
  'Content-Security-Policy': (value) => ['ContentSecurityPolicy', { ContentSecurityPolicy: value }],
  'X-Content-Type-Options': () => ['ContentTypeOptions', {}],
  'X-Frame-Options': (value) => ['FrameOptions', { FrameOption: value }],
  'Referrer-Policy': (value) => ['ReferrerPolicy', { ReferrerPolicy: value }],
  'Strict-Transport-Security': (value) => [
    'StrictTransportSecurity',
    { AccessControlMaxAgeSec: Number(/max-age=(\d+)/.exec(value)?.[1]), IncludeSubdomains: false, Preload: false },
  ],
};

/**
 * The CloudFront response headers policy that sends what nginx sends, for
 * `aws cloudfront create-response-headers-policy --response-headers-policy-config file://...`.
 */
export function cloudfrontPolicy(): string {
  const headers = Object.entries(securityHeaders);
  const custom = headers.filter(([name]) => !(name in ownFields));
  const policy = {
    Name: 'sign-out-of-aws',
    Comment: 'Written by npm run deploy:config from deploy/headers.ts',
    SecurityHeadersConfig: Object.fromEntries(
      headers.flatMap(([name, value]) => {
        const field = ownFields[name]?.(value);
        return field ? [[field[0], { Override: true, ...field[1] }]] : [];
      }),
    ),
    CustomHeadersConfig: {
      Quantity: custom.length,
      Items: custom.map(([Header, Value]) => ({ Header, Value, Override: true })),
    },
    RemoveHeadersConfig: { Quantity: 1, Items: [{ Header: 'Server' }] },
  };
  return `${JSON.stringify(policy, null, 2)}\n`;
}
