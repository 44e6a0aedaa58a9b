import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Sign-in sessions with rotating refresh tokens, and the failed sign-ins that lock an e-mail address
 * or throttle a client IP. Access tokens issued before this migration carry no session id and are
 * rejected, so every user signs in again once.
 */
export class AuthSessions1796403600000 implements MigrationInterface {
  name = 'AuthSessions1796403600000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "auth_sessions" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "user_id" uuid NOT NULL, "refresh_token_hash" text NOT NULL, "rotation_count" integer NOT NULL DEFAULT '0', "created_at" TIMESTAMP WITH TIME ZONE NOT NULL, "expires_at" TIMESTAMP WITH TIME ZONE NOT NULL, "last_used_at" TIMESTAMP WITH TIME ZONE NOT NULL, "revoked_at" TIMESTAMP WITH TIME ZONE, "revoked_reason" text, CONSTRAINT "auth_sessions_revoked_check" CHECK (("revoked_at" IS NULL) = ("revoked_reason" IS NULL)), CONSTRAINT "auth_sessions_revoked_reason_check" CHECK ("revoked_reason" IN ('SIGNED_OUT', 'SIGNED_OUT_EVERYWHERE', 'REFRESH_TOKEN_REUSED', 'USER_DEACTIVATED')), CONSTRAINT "PK_641507381f32580e8479efc36cd" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE UNIQUE INDEX "auth_sessions_refresh_token_hash" ON "auth_sessions"  ("refresh_token_hash") `);
    await queryRunner.query(`CREATE INDEX "auth_sessions_user_id" ON "auth_sessions"  ("user_id") `);
    await queryRunner.query(
      `CREATE TABLE "auth_rotated_refresh_tokens" ("token_hash" text NOT NULL, "session_id" uuid NOT NULL, "rotated_at" TIMESTAMP WITH TIME ZONE NOT NULL, CONSTRAINT "PK_1852e6bb70826af681bec08905a" PRIMARY KEY ("token_hash"))`,
    );
    await queryRunner.query(`CREATE INDEX "auth_rotated_refresh_tokens_session_id" ON "auth_rotated_refresh_tokens"  ("session_id") `);
    await queryRunner.query(
      `CREATE TABLE "sign_in_failures" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "email_hash" text NOT NULL, "client_ip" text NOT NULL, "attempted_at" TIMESTAMP WITH TIME ZONE NOT NULL, CONSTRAINT "PK_fa4e2048c06590424ef01bfd171" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "sign_in_failures_time" ON "sign_in_failures"  ("attempted_at") `);
    await queryRunner.query(`CREATE INDEX "sign_in_failures_ip_time" ON "sign_in_failures"  ("client_ip", "attempted_at") `);
    await queryRunner.query(`CREATE INDEX "sign_in_failures_email_time" ON "sign_in_failures"  ("email_hash", "attempted_at") `);
    await queryRunner.query(
      `CREATE TABLE "sign_in_lockouts" ("email_hash" text NOT NULL, "failures_counted_since" TIMESTAMP WITH TIME ZONE NOT NULL, "locked_until" TIMESTAMP WITH TIME ZONE, CONSTRAINT "PK_d91fa75af3be097839e750efb4d" PRIMARY KEY ("email_hash"))`,
    );
    await queryRunner.query(
      `ALTER TABLE "auth_sessions" ADD CONSTRAINT "auth_sessions_user_id_fkey" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "auth_rotated_refresh_tokens" ADD CONSTRAINT "auth_rotated_refresh_tokens_session_id_fkey" FOREIGN KEY ("session_id") REFERENCES "auth_sessions"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE "sign_in_lockouts"`);
    await queryRunner.query(`DROP TABLE "sign_in_failures"`);
    await queryRunner.query(`DROP TABLE "auth_rotated_refresh_tokens"`);
    await queryRunner.query(`DROP TABLE "auth_sessions"`);
  }
}
