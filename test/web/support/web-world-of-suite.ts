import { WebWorld } from './web-world';

/**
 * One WebWorld for the suite it is called in: started before its tests, closed after them.
 * The returned function gives the running world.
 */
export function webWorldOfSuite(): () => WebWorld {
  let world: WebWorld | undefined;
  beforeAll(async () => {
    world = await WebWorld.start();
  }, 180_000);
  afterAll(async () => {
    await world?.close();
  });
  return () => {
    if (!world) throw new Error('The WebWorld of this suite has not started.');
    return world;
  };
}
