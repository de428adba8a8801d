-- CreateTable
CREATE TABLE "workflow_leases" (
    "trigger_id" TEXT NOT NULL,
    "owner" TEXT NOT NULL,
    "expires_at" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "workflow_leases_pkey" PRIMARY KEY ("trigger_id")
);
