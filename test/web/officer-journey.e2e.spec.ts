import { WebWorld, screenshot, seriousAccessibilityViolations } from './support/web-world';

/** A commune officer on a phone, then a department officer on a desktop. */
describe('web application: officers', () => {
  let world: WebWorld;

  beforeAll(async () => {
    world = await WebWorld.start();
  }, 180_000);

  afterAll(async () => {
    await world?.close();
  });

  it('logs a commune officer in on a 360 px screen and shows the agency in Vietnamese', async () => {
    const { page, context } = await world.loginAs('demo.canbo.xa', 'phone');
    await page.getByRole('heading', { name: 'Việc của đơn vị' }).waitFor();
    await screenshot(page, 'officer-phone-tasks');
    expect(await seriousAccessibilityViolations(page)).toEqual([]);
    await context.close();
  });
});
