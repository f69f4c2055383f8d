// The review workspace end to end: a new user creates a review, answers worked case AC-01 (cases.md) through the
// questionnaire, mostly by keyboard, sees level 4 and the case's headline findings, marks a mitigation implemented
// and sees the residual score drop, reloads and finds everything as they left it; axe finds no serious violation.
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { ReviewsPage } from './pages/reviews-page';
import { WorkspacePage } from './pages/workspace-page';

/** AC-01 as a user answers it: the profile of cases.md minus what the questionnaire computes or hides. */
const AC01: Readonly<Record<string, string | number | boolean | readonly string[]>> = {
  'vendor.hq_jurisdiction': 'US',
  'vendor.china_presence': 'wfoe',
  'vendor.named_in_reported_restriction': 'unknown',
  'vendor.review_status': 'none',
  'vendor.staff_in_china': 'support_engineering',
  'product.category': 'firewall_utm',
  'product.network_connected': true,
  'product.catalogue_status': 'in_catalogue_above_threshold',
  'product.delivery_model': 'hardware_appliance',
  'product.customization': 'configured',
  'product.crypto_functions': ['tls', 'vpn_tunnel', 'key_management'],
  'product.crypto_sm_support': 'none',
  'product.crypto_cn_certified': 'no',
  'product.consumer_mass_market': false,
  'product.vendor_cloud_location': 'offshore',
  'product.telemetry': 'metadata_offshore',
  'product.update_channel': 'vendor_cloud_offshore',
  'product.key_custody': 'customer',
  'customer.sector': 'banking',
  'customer.type': 'soe_central',
  'customer.cii_status': 'identified',
  'customer.is_telecom_or_isp': false,
  'system.graded_in_cn': true,
  'system.function': 'boundary_security',
  'system.harm_object_max': 'social_order',
  'system.harm_degree_max': 'especially_serious',
  'system.declared_mlps': 4,
  'system.hosting': 'onprem_cn',
  'system.extensions': [],
  'data.pi_subjects': 'gt_1m',
  'data.sensitive_pi_subjects': 'gte_10k',
  'data.important_data': 'likely',
  'data.core_data': 'unknown',
  'data.sector_localisation': ['personal_financial'],
  'data.storage_location': 'cn',
  'data.cross_border': ['vendor_support_access'],
  'ops.remote_maintenance': 'remote_from_abroad',
  'ops.vendor_privileged_access': true,
  'ops.vuln_process': 'global_only',
  'ops.offers_service_in_cn': false,
};

async function expectNoSeriousViolations(page: Page): Promise<void> {
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa']).analyze();
  const serious = results.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id} (${v.impact}): ${v.help} → ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
  expect(serious).toEqual([]);
}

async function expectAc01Results(ws: WorkspacePage): Promise<void> {
  await expect(ws.mlpsSection()).toContainText('Level 4');
  for (const id of ['CT-02', 'DA-08']) {
    await expect(ws.finding(id)).toContainText('Critical');
    await expect(ws.finding(id)).toContainText('Fires');
  }
  await expect(ws.finding('MR-01')).toContainText('High');
  for (const id of ['SC-05', 'CT-06', 'MR-03']) await expect(ws.finding(id)).toContainText('Needs review');
}

test('a reviewer answers AC-01, sees its findings, mitigates one and finds it all after a reload', async ({ page }) => {
  test.setTimeout(180_000);
  await page.setViewportSize({ width: 1440, height: 900 });
  const reviews = new ReviewsPage(page);
  await reviews.goto();
  await reviews.createReview('AC-01 bank firewall', 'Example Networks', 'NGFW 7000');
  await reviews.row('AC-01 bank firewall').dblclick();
  const ws = new WorkspacePage(page);
  await expect(ws.questionnaire).toBeVisible();
  await expect(page.getByText('Start with the Vendor section')).toBeVisible();
  await expect(ws.results).toContainText('Results appear as you answer');
  // Travel is off by default; the six deployment sections are on.
  await expect(ws.sectionSwitch('Travel')).not.toBeChecked();
  await expect(ws.sectionSwitch('Vendor')).toBeChecked();

  await ws.answerAll(AC01);
  // Conditional questions: no hospital tier for a bank, no hosted level for a firewall.
  await expect(ws.questionnaire.getByRole('group', { name: /hospital/i })).toHaveCount(0);
  await expect(ws.question('vendor.foreign_controlled')).toContainText('Yes');
  await expectAc01Results(ws);
  await expectNoSeriousViolations(page);

  // Mark one mitigation of DA-08 implemented: the residual state-access score drops.
  const da08 = ws.finding('DA-08');
  await da08.getByRole('button', { name: /^DA-08/ }).click();
  const status = da08.getByRole('radiogroup', { name: /^Status of M-/ }).first();
  await status.getByRole('radio', { name: 'Implemented' }).click();
  await expect(status.getByRole('radio', { name: 'Implemented' })).toBeChecked();
  await expect(ws.residualText()).toBeVisible();
  const residual = await ws.residualText().textContent();

  await page.reload();
  await expect(ws.questionnaire).toBeVisible();
  for (const [path, value] of Object.entries(AC01)) {
    await expect(ws.question(path), path).toHaveAttribute('data-state', value === 'unknown' ? 'unknown' : 'answered');
  }
  await expectAc01Results(ws);
  await expect(ws.residualText()).toHaveText(residual ?? '');
});

test('keyboard: Ctrl+J jumps to the next unanswered question and the filter lists only open ones', async ({ page }) => {
  test.setTimeout(180_000);
  await page.setViewportSize({ width: 1440, height: 900 });
  const reviews = new ReviewsPage(page);
  await reviews.goto();
  await reviews.createReview('Keyboard review');
  await reviews.row('Keyboard review').dblclick();
  const ws = new WorkspacePage(page);
  await ws.answer('vendor.hq_jurisdiction', 'US');
  await page.keyboard.press('Control+j');
  await expect(ws.question('vendor.china_presence').getByRole('combobox')).toBeFocused();
  await page.keyboard.press('Control+j');
  await expect(ws.question('vendor.named_in_reported_restriction').getByRole('radio').first()).toBeFocused();
  await page.getByRole('radio', { name: 'Unanswered or unknown' }).click();
  await expect(ws.question('vendor.hq_jurisdiction')).toHaveCount(0);
  await expect(ws.question('vendor.china_presence')).toBeVisible();
  await expectNoSeriousViolations(page);
});
