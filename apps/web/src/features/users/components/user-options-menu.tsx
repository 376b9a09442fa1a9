import {
  type CSSProperties,
  type KeyboardEvent,
  type RefObject,
  useCallback,
  useEffect,
  useId,
  useLayoutEffect,
  useRef,
  useState,
} from 'react';
import { useTranslation } from 'react-i18next';
import type { UserAction } from '../user-actions';

type UserOptionsMenuProps = {
  actions: readonly UserAction[];
  /** Id of the element naming the row's user: the button's name stays exactly "User options". */
  describedBy: string;
  onSelect: (action: UserAction) => void;
};

/**
 * A menu button (WAI-ARIA APG "menu button"): Enter, Space or ↓ open it at the first item, ↑ at
 * the last; arrows, Home and End move; Escape closes and returns the focus to the button.
 */
export function UserOptionsMenu({ actions, describedBy, onSelect }: UserOptionsMenuProps) {
  const { t } = useTranslation();
  const buttonId = useId();
  const menuId = useId();
  const container = useRef<HTMLDivElement>(null);
  const button = useRef<HTMLButtonElement>(null);
  const items = useRef<Array<HTMLButtonElement | null>>([]);
  const [open, setOpen] = useState(false);
  const [activeIndex, setActiveIndex] = useState(0);
  const last = actions.length - 1;
  const menu = useRef<HTMLDivElement>(null);
  const placement = useMenuPlacement(open, button, menu, setOpen);

  useEffect(() => {
    // No scrolling to it: the menu is placed in view, and a scroll would close it.
    if (open) items.current[activeIndex]?.focus({ preventScroll: true });
  }, [open, activeIndex]);

  // A click anywhere else closes the menu, as in every desktop menu.
  useEffect(() => {
    if (!open) return;
    const closeOutside = (event: PointerEvent) => {
      if (event.target instanceof Node && !container.current?.contains(event.target)) {
        setOpen(false);
      }
    };
    document.addEventListener('pointerdown', closeOutside);
    return () => document.removeEventListener('pointerdown', closeOutside);
  }, [open]);

  function openAt(index: number) {
    setActiveIndex(index);
    setOpen(true);
  }

  function closeAndReturnFocus() {
    button.current?.focus();
    setOpen(false);
  }

  function handleButtonKeyDown(event: KeyboardEvent<HTMLButtonElement>) {
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      openAt(event.key === 'ArrowDown' ? 0 : last);
    }
  }

  function handleMenuKeyDown(event: KeyboardEvent<HTMLDivElement>) {
    switch (event.key) {
      case 'ArrowDown':
        setActiveIndex((index) => (index >= last ? 0 : index + 1));
        break;
      case 'ArrowUp':
        setActiveIndex((index) => (index <= 0 ? last : index - 1));
        break;
      case 'Home':
        setActiveIndex(0);
        break;
      case 'End':
        setActiveIndex(last);
        break;
      case 'Escape':
        closeAndReturnFocus();
        break;
      case 'Tab':
        // The focus moves on as usual; the menu does not stay open behind it.
        setOpen(false);
        return;
      default:
        return;
    }
    event.preventDefault();
    event.stopPropagation();
  }

  function select(action: UserAction) {
    // The dialog that opens next returns the focus to whatever has it now: the button.
    closeAndReturnFocus();
    onSelect(action);
  }

  return (
    <div className="menu-button" ref={container}>
      <button
        ref={button}
        id={buttonId}
        type="button"
        className="button button--secondary button--icon"
        aria-haspopup="menu"
        aria-expanded={open}
        aria-controls={open ? menuId : undefined}
        aria-describedby={describedBy}
        onClick={() => (open ? setOpen(false) : openAt(0))}
        onKeyDown={handleButtonKeyDown}
      >
        <span aria-hidden="true">⋯</span>
        <span className="visually-hidden">{t('users.options.button')}</span>
      </button>
      {open && (
        <div
          id={menuId}
          role="menu"
          aria-labelledby={buttonId}
          className="menu"
          ref={menu}
          style={placement}
          onKeyDown={handleMenuKeyDown}
        >
          {actions.map((action, index) => (
            <button
              key={action}
              ref={(element) => {
                items.current[index] = element;
              }}
              type="button"
              role="menuitem"
              tabIndex={-1}
              className="menu__item"
              onClick={() => select(action)}
            >
              {t(`users.options.${action}`)}
            </button>
          ))}
        </div>
      )}
    </div>
  );
}

const GAP_PX = 4;

/**
 * Where the open menu goes: fixed to the viewport under its button, right edges aligned, or
 * above the button when there is no room below (the last rows of a long list). Fixed, it is not
 * cut off by the table's scroll frame. It follows its button when the page or the frame scrolls
 * (a scroll can come from the page itself, not only from the person: closing then would make the
 * menu vanish under their pointer) and closes once the button has left the view.
 */
function useMenuPlacement(
  open: boolean,
  button: RefObject<HTMLButtonElement | null>,
  menu: RefObject<HTMLDivElement | null>,
  setOpen: (open: boolean) => void,
): CSSProperties | undefined {
  const [placement, setPlacement] = useState<CSSProperties | undefined>(undefined);

  const place = useCallback(() => {
    const anchor = button.current?.getBoundingClientRect();
    if (!anchor) return;
    const height = menu.current?.offsetHeight ?? 0;
    const below = anchor.bottom + GAP_PX;
    const fitsBelow = below + height <= window.innerHeight;
    setPlacement({
      position: 'fixed',
      right: Math.max(GAP_PX, document.documentElement.clientWidth - anchor.right),
      top: fitsBelow ? below : Math.max(GAP_PX, anchor.top - GAP_PX - height),
    });
  }, [button, menu]);

  useLayoutEffect(() => {
    if (open) place();
    else setPlacement(undefined);
  }, [open, place]);

  useEffect(() => {
    if (!open) return;
    const onMove = (event: Event) => {
      // Scrolling inside the menu itself (none today) would not move it.
      if (event.target instanceof Node && menu.current?.contains(event.target)) return;
      const anchor = button.current?.getBoundingClientRect();
      if (!anchor || anchor.bottom <= 0 || anchor.top >= window.innerHeight) setOpen(false);
      else place();
    };
    window.addEventListener('scroll', onMove, true);
    window.addEventListener('resize', onMove);
    return () => {
      window.removeEventListener('scroll', onMove, true);
      window.removeEventListener('resize', onMove);
    };
  }, [open, button, menu, setOpen, place]);

  return placement;
}
