import { Module } from '@nestjs/common';
import { UsersModule } from '../users/users.module';
import { AuthResolver } from './auth.resolver';
import { AuthService } from './auth.service';
import { LoginThrottleService } from './login-throttle.service';

@Module({
  imports: [UsersModule],
  providers: [AuthService, AuthResolver, LoginThrottleService],
})
export class AuthModule {}
