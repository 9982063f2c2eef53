import { Global, Module } from '@nestjs/common';
import { DiscoveryModule } from '@nestjs/core';
import { PolicyCoverageCheck } from './policy-coverage.check';
import { PolicyGuard } from './policy.guard';
import { ResourceOwners } from './resource-owners';

/** The one authorization policy every request goes through (PolicyGuard, installed by HttpPlatformModule after ActorGuard). */
@Global()
@Module({
  imports: [DiscoveryModule],
  providers: [ResourceOwners, PolicyCoverageCheck, PolicyGuard],
  exports: [ResourceOwners, PolicyGuard],
})
export class AuthorizationModule {}
