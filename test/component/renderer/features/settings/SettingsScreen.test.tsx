// Settings: the reviewer name is saved and used in the audit trail; theme and language apply at once and persist;
// About shows what the platform reports.
import { screen, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { createSettingsRepo } from '../../../../../renderer/db/settings-repo';
import { renderApp } from '../../support/render-app';

async function openSettings(user: Awaited<ReturnType<typeof renderApp>>['user']) {
  await user.click(screen.getByRole('link', { name: /Settings/ }));
  return screen.findByRole('heading', { level: 1, name: 'Settings' });
}

describe('Settings screen', () => {
  it('saves the reviewer name, and later changes are recorded under it', async () => {
    const { user, db, services } = await renderApp({ seed: [{ title: 'Before naming' }] });
    await openSettings(user);
    await user.type(screen.getByLabelText('Your name'), 'Zhang San');
    await waitFor(async () => expect((await createSettingsRepo(db).load()).reviewerName).toBe('Zhang San'));

    const review = services.store.getState().reviews[0]!;
    await services.store.getState().renameReview(review.id, { title: 'After naming', vendorName: '', productName: '' });
    const trail = await db.audit.where('reviewId').equals(review.id).sortBy('revision');
    expect(trail.map((a) => a.actor)).toEqual(['unknown reviewer', 'Zhang San']);
  });

  it('forces the dark theme and remembers it', async () => {
    const { user, db } = await renderApp();
    await openSettings(user);
    expect(document.documentElement.dataset.theme).toBe('light');
    await user.click(screen.getByRole('radio', { name: 'Dark' }));
    expect(document.documentElement.dataset.theme).toBe('dark');
    await waitFor(async () => expect((await createSettingsRepo(db).load()).theme).toBe('dark'));
  });

  it('switches the interface to Simplified Chinese and keeps <html lang> in sync', async () => {
    const { user } = await renderApp();
    await openSettings(user);
    expect(document.documentElement.lang).toBe('en');
    await user.click(screen.getByRole('radio', { name: '简体中文' }));
    expect(await screen.findByRole('heading', { level: 1, name: '设置' })).toBeInTheDocument();
    expect(document.documentElement.lang).toBe('zh-CN');
    expect(screen.getByRole('link', { name: /审查/ })).toBeInTheDocument();
  });

  it('starts in Chinese on a Chinese system', async () => {
    await renderApp({ systemLanguages: ['zh-CN', 'en'] });
    expect(screen.getByRole('heading', { level: 1, name: '审查' })).toBeInTheDocument();
    expect(screen.getByRole('heading', { name: '开始您的第一项审查' })).toBeInTheDocument();
  });

  it('shows version, host and data location from the platform', async () => {
    const { user } = await renderApp();
    await openSettings(user);
    expect(await screen.findByText('Airlock 9.9.9')).toBeInTheDocument();
    expect(screen.getByText('Web page in a browser')).toBeInTheDocument();
    expect(screen.getByText('The test database')).toBeInTheDocument();
    expect(screen.getByText('156.0.0.0')).toBeInTheDocument();
  });
});
