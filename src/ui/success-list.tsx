import type { ProcedureContent } from '../content/procedure';
import { Picture } from '../pictures/picture';
import { RichText } from './rich-text';

/** How the person knows each procedure worked, in the content's words, with its picture where asked. */
export function SuccessList({ procedures, pictures }: { procedures: readonly ProcedureContent[]; pictures: boolean }) {
  return (
    <ul className="success-list">
      {procedures.map((procedure) => (
        <li key={procedure.id}>
          <strong>{procedure.title}:</strong> <RichText text={procedure.success.text} />
          {pictures && procedure.success.picture && <Picture picture={procedure.success.picture} />}
        </li>
      ))}
    </ul>
  );
}
