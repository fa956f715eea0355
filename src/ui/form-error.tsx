import { createContext, use, useState, type ReactNode } from 'react';

interface FormError {
  shown: boolean;
  setShown: (shown: boolean) => void;
}

const FormErrorContext = createContext<FormError>({ shown: false, setShown: () => {} });

/** Whether the screen's form shows an error, for the page title; one scope per screen. */
export function FormErrorScope({ children }: { children: ReactNode }) {
  const [shown, setShown] = useState(false);
  return <FormErrorContext value={{ shown, setShown }}>{children}</FormErrorContext>;
}

export const useFormError = () => use(FormErrorContext);
