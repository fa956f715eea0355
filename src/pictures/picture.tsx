import { pictureMarks, type DrawnItem, type PictureContent } from '../content/pictures';
import './picture.css';

function Drawn({ item }: { item: DrawnItem }) {
  const look = item.as ?? (item.text ? 'text' : 'line');
  return (
    <span className={item.mark ? `pic-${look} pic-marked` : `pic-${look}`}>
      {item.text}
      {item.mark && <span className="pic-mark">{pictureMarks[item.mark]}</span>}
    </span>
  );
}

function DrawnList({ items, className }: { items: readonly DrawnItem[]; className: string }) {
  return (
    <div className={className}>
      {items.map((item, position) => (
        <Drawn key={position} item={item} />
      ))}
    </div>
  );
}

/** A simplified drawing of where to look: the drawing is one image to assistive technology, named by its text alternative. */
export function Picture({ picture }: { picture: PictureContent }) {
  return (
    <figure className="pic">
      <div role="img" aria-label={picture.alt} className={`pic-window pic-window--${picture.bar}`}>
        {/* The words drawn are all in the label; read once, not again from the drawing. */}
        <div aria-hidden="true" className="pic-drawing">
          <DrawnList className="pic-bar" items={picture.barItems} />
          <div className="pic-body">
            {picture.nav && <DrawnList className="pic-nav" items={picture.nav} />}
            <DrawnList className="pic-page" items={picture.page} />
            {picture.menu && <DrawnList className="pic-menu" items={picture.menu} />}
            {picture.dialog && <DrawnList className="pic-dialog" items={picture.dialog} />}
          </div>
        </div>
      </div>
      <figcaption className="pic-caption">{picture.caption}</figcaption>
    </figure>
  );
}
