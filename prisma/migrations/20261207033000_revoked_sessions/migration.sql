-- Signing out revokes the token it signed out (issue 30): a copied cookie stops working at once,
-- not when it expires a week later. Read with the account's own row, in the same statement.
CREATE TABLE "revoked_sessions" (
    "token_id" TEXT NOT NULL,
    "user_id" TEXT NOT NULL,
    "expires_at" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "revoked_sessions_pkey" PRIMARY KEY ("token_id")
);

CREATE INDEX "revoked_sessions_user_id_idx" ON "revoked_sessions"("user_id");

CREATE INDEX "revoked_sessions_expires_at_idx" ON "revoked_sessions"("expires_at");

ALTER TABLE "revoked_sessions" ADD CONSTRAINT "revoked_sessions_user_id_fkey" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE CASCADE;
