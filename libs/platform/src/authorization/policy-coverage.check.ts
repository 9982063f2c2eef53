import { Injectable, OnApplicationBootstrap, RequestMethod } from '@nestjs/common';
import { METHOD_METADATA, PATH_METADATA } from '@nestjs/common/constants';
import { DiscoveryService, MetadataScanner, Reflector } from '@nestjs/core';
import { PUBLIC_ROUTE } from '../request-context/public-route.decorator';
import { AUTHORIZE_ACTION } from './authorize.decorator';
import { isPolicyAction } from './policy-table';

/** Stops the API from starting when a route has no policy: better than a route open or closed by accident. */
@Injectable()
export class PolicyCoverageCheck implements OnApplicationBootstrap {
  constructor(
    private readonly discovery: DiscoveryService,
    private readonly scanner: MetadataScanner,
    private readonly reflector: Reflector,
  ) {}

  onApplicationBootstrap(): void {
    const problems = this.uncoveredRoutes();
    if (problems.length > 0) {
      throw new Error(
        `Routes without an authorization policy (add @Authorize or @PublicRoute):\n  - ${problems.join('\n  - ')}`,
      );
    }
  }

  uncoveredRoutes(): string[] {
    const problems: string[] = [];
    for (const wrapper of this.discovery.getControllers()) {
      const instance = wrapper.instance as object | undefined;
      if (!instance) continue;
      const prototype = Object.getPrototypeOf(instance) as object;
      for (const name of this.scanner.getAllMethodNames(prototype)) {
        const handler = (prototype as Record<string, unknown>)[name] as (...args: unknown[]) => unknown;
        if (Reflect.getMetadata(PATH_METADATA, handler) === undefined) continue;
        const targets = [handler, wrapper.metatype as object as (...args: unknown[]) => unknown];
        if (this.reflector.getAllAndOverride<boolean>(PUBLIC_ROUTE, targets)) continue;
        const action = this.reflector.getAllAndOverride<string>(AUTHORIZE_ACTION, targets);
        const method = RequestMethod[Reflect.getMetadata(METHOD_METADATA, handler) as number];
        const route = `${method} ${wrapper.name}.${name}`;
        if (!action) problems.push(`${route}: no @Authorize`);
        else if (!isPolicyAction(action)) problems.push(`${route}: action ${action} is not in POLICY_TABLE`);
      }
    }
    return problems;
  }
}
