import { linkNotice } from '../content/site';

/** Says that an address was only partly understood; the heading just below says where it led. */
export function LinkNotice() {
  return (
    <div className="notice" role="status">
      <p>{linkNotice}</p>
    </div>
  );
}
