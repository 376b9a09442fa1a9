import { type KeyboardEvent, type ReactNode, useEffect, useId, useRef } from 'react';
import { useTranslation } from 'react-i18next';

const FOCUSABLE =
  'a[href], button:not([disabled]), input:not([disabled]), select:not([disabled]), textarea:not([disabled]), [tabindex]:not([tabindex="-1"])';

type ModalProps = {
  title: string;
  /**
   * A short text that screen readers read with the title. Without it the whole body describes
   * the dialog, which suits dialogs that only inform, not those holding a form.
   */
  description?: ReactNode;
  onClose: () => void;
  /**
   * The "Close" button below the content: primary when it is the dialog's only action,
   * "secondary" beside a form's own primary button, off for dialogs that bring their own buttons.
   */
  closeButton?: boolean | 'secondary';
  children: ReactNode;
};

/**
 * A modal dialog: mount it to open it, unmount it to close it. The native <dialog> with
 * showModal() makes the page behind it inert in browsers; focus trapping, Escape and returning
 * focus are handled here too so they behave the same everywhere (and in tests). Focus starts at
 * the element marked `data-autofocus`, else at the first one that can take it.
 */
export function Modal({ title, description, onClose, closeButton = true, children }: ModalProps) {
  const { t } = useTranslation();
  const ref = useRef<HTMLDialogElement>(null);
  const titleId = useId();
  const bodyId = useId();
  const descriptionId = useId();

  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    const returnFocusTo =
      document.activeElement instanceof HTMLElement ? document.activeElement : null;
    if (!dialog.open) dialog.showModal();
    (dialog.querySelector<HTMLElement>('[data-autofocus]') ?? focusableIn(dialog)[0])?.focus();
    return () => {
      if (dialog.open) dialog.close();
      returnFocusTo?.focus();
    };
  }, []);

  function handleKeyDown(event: KeyboardEvent<HTMLDialogElement>) {
    if (event.key === 'Escape') {
      event.preventDefault();
      onClose();
    } else if (event.key === 'Tab') {
      keepFocusInside(event);
    }
  }

  return (
    <dialog
      ref={ref}
      className="modal"
      aria-labelledby={titleId}
      aria-describedby={description ? descriptionId : bodyId}
      onKeyDown={handleKeyDown}
      onCancel={(event) => {
        // The browser closes the dialog on Escape by itself; React state must decide instead.
        event.preventDefault();
        onClose();
      }}
    >
      <h2 id={titleId} className="modal__title">
        {title}
      </h2>
      {description && (
        <p id={descriptionId} className="modal__description">
          {description}
        </p>
      )}
      <div id={bodyId} className="modal__body">
        {children}
      </div>
      {closeButton && (
        <div className="modal__actions">
          <button
            type="button"
            className={`button ${closeButton === 'secondary' ? 'button--secondary' : 'button--primary'}`}
            onClick={onClose}
          >
            {t('common.close')}
          </button>
        </div>
      )}
    </dialog>
  );
}

function focusableIn(container: HTMLElement): HTMLElement[] {
  return Array.from(container.querySelectorAll<HTMLElement>(FOCUSABLE));
}

function keepFocusInside(event: KeyboardEvent<HTMLDialogElement>) {
  const elements = focusableIn(event.currentTarget);
  const first = elements[0];
  const last = elements[elements.length - 1];
  if (!first || !last) return;
  if (event.shiftKey && document.activeElement === first) {
    event.preventDefault();
    last.focus();
  } else if (!event.shiftKey && document.activeElement === last) {
    event.preventDefault();
    first.focus();
  }
}
