-- AlterTable
ALTER TABLE "creator_profiles" DROP COLUMN "stripe_country",
ADD COLUMN     "country" TEXT;
