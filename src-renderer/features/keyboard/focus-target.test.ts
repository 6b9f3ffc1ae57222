import { afterEach, describe, expect, it } from 'vitest';
import { isTextEntry, trapTab } from './focus-target';

afterEach(() => {
  document.body.innerHTML = '';
});

/** A dialog with two buttons; returns them and a Tab pressed at the focused element. */
function dialogWithButtons() {
  document.body.innerHTML =
    '<div id="d"><button>first</button><button>last</button></div><button>outside</button>';
  const container = document.getElementById('d') as HTMLElement;
  const [first, last, outside] = [...document.querySelectorAll('button')];
  const tab = (shiftKey = false) => {
    let prevented = false;
    trapTab(container, { key: 'Tab', shiftKey, preventDefault: () => (prevented = true) });
    return prevented;
  };
  return { first, last, outside, tab };
}

describe('trapTab', () => {
  it('sends Tab from the last element back to the first', () => {
    const { first, last, tab } = dialogWithButtons();
    last?.focus();
    expect([tab(), document.activeElement === first]).toEqual([true, true]);
  });

  it('sends Shift+Tab from the first element to the last', () => {
    const { first, last, tab } = dialogWithButtons();
    first?.focus();
    expect([tab(true), document.activeElement === last]).toEqual([true, true]);
  });

  it('leaves Tab between elements inside to the browser', () => {
    const { first, tab } = dialogWithButtons();
    first?.focus();
    expect(tab()).toBe(false);
  });
});

describe('isTextEntry', () => {
  it('counts text fields, text areas, selects and editable content, not buttons or checkboxes', () => {
    document.body.innerHTML =
      '<input type="search"><input type="checkbox"><textarea></textarea><select></select><button></button><div contenteditable="true"></div>';
    expect([...document.body.children].map(isTextEntry)).toEqual([true, false, true, true, false, true]);
  });
});
