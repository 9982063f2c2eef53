import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsInt, IsOptional, Min } from 'class-validator';

/** Every command on an existing task may carry the version the client saw (or send If-Match). */
export abstract class VersionedRequest {
  @ApiPropertyOptional({
    description: 'The task version the client saw; alternative to If-Match',
    example: 3,
  })
  @IsOptional()
  @IsInt()
  @Min(0)
  expectedVersion?: number;
}
