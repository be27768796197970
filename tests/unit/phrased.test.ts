// @vitest-environment jsdom
// The phrase setter on the page: one span per phrase, <wbr> between, text nodes only (never HTML).
import { describe, expect, it } from 'vitest';
import { render } from '@testing-library/svelte';
import Phrased from '../../src/ui/Phrased.svelte';
import BodyText from '../../src/ui/BodyText.svelte';

describe('Phrased', () => {
  it('sets each phrase in its own span with a break opportunity between', () => {
    const { container } = render(Phrased, { text: '2023年服务职工亮点' });
    expect([...container.querySelectorAll('[data-phrase]')].map((s) => s.textContent)).toEqual(['2023年', '服务', '职工亮点']);
    expect(container.querySelectorAll('wbr')).toHaveLength(2);
    expect(container.textContent).toBe('2023年服务职工亮点');
  });

  it('draws markup in content as text', () => {
    const { container } = render(Phrased, { text: '<b>劳动者</b>' });
    expect(container.querySelector('b')).toBeNull();
    expect(container.textContent).toBe('<b>劳动者</b>');
  });

  it('keeps a name whole', () => {
    const { container } = render(Phrased, { text: '欧阳小明', keep: ['欧阳小明'] });
    expect([...container.querySelectorAll('[data-phrase]')].map((s) => s.textContent)).toEqual(['欧阳小明']);
  });
});

describe('BodyText', () => {
  it('sets the names in a paragraph unbroken, the rest as plain text', () => {
    const { container } = render(BodyText, { text: '记者见到欧阳小明时，他正在巡线。', names: ['欧阳小明'] });
    expect([...container.querySelectorAll('[data-phrase]')].map((s) => s.textContent)).toEqual(['欧阳小明']);
    expect(container.textContent).toBe('记者见到欧阳小明时，他正在巡线。');
  });
});
