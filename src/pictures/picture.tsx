import { isTerminal, pictureMarks, type Drawing, type DrawnItem, type PictureContent, type TerminalPicture } from '../content/pictures';
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

function PageDrawing({ picture }: { picture: PictureContent }) {
  return (
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
  );
}

function TerminalDrawing({ picture }: { picture: TerminalPicture }) {
  return (
    <div role="img" aria-label={picture.alt} className="pic-window pic-terminal">
      <div aria-hidden="true" className="pic-drawing">
        {picture.terminal.map((line, position) =>
          'command' in line ? (
            <span key={position} className="pic-terminal__command">
              {line.command}
            </span>
          ) : (
            <span key={position} className="pic-terminal__output">
              {line.output}
            </span>
          ),
        )}
      </div>
    </div>
  );
}

/** A simplified drawing of where to look: the drawing is one image to assistive technology, named by its text alternative. */
export function Picture({ picture }: { picture: Drawing }) {
  return (
    <figure className="pic">
      {isTerminal(picture) ? <TerminalDrawing picture={picture} /> : <PageDrawing picture={picture} />}
      <figcaption className="pic-caption">{picture.caption}</figcaption>
    </figure>
  );
}
