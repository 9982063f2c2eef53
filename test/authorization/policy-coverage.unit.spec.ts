import { Controller, Get, Post } from '@nestjs/common';
import { Test } from '@nestjs/testing';
import { AuthorizationModule, Authorize, PublicRoute } from '@giaoviec/platform';

@Controller('covered')
class CoveredController {
  @Get()
  @Authorize('plan.read')
  read() {
    return [];
  }

  @Get('open')
  @PublicRoute()
  open() {
    return 'ok';
  }
}

@Controller('forgotten')
class ForgottenController {
  @Post()
  doSomething() {
    return 'done';
  }
}

@Controller('misnamed')
class MisnamedController {
  @Post()
  @Authorize('task.teleport' as never)
  doSomething() {
    return 'done';
  }
}

/** A route without a decision in the policy table must stop the API from starting. */
describe('policy coverage check at boot', () => {
  const boot = async (controller: new () => unknown) => {
    const moduleRef = await Test.createTestingModule({
      imports: [AuthorizationModule],
      controllers: [controller],
    }).compile();
    const app = moduleRef.createNestApplication({ logger: false });
    try {
      await app.init();
    } finally {
      await app.close();
    }
  };

  it('starts when every route has a policy or is public', async () => {
    await expect(boot(CoveredController)).resolves.toBeUndefined();
  });

  it('refuses to start with a route that has no @Authorize', async () => {
    await expect(boot(ForgottenController)).rejects.toThrow(
      /ForgottenController\.doSomething: no @Authorize/,
    );
  });

  it('refuses to start with an action the table does not know', async () => {
    await expect(boot(MisnamedController)).rejects.toThrow(/task\.teleport is not in POLICY_TABLE/);
  });
});
