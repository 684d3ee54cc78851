-- A member's skills keep the words they typed ("Accessibilité", "lecteurs d’écran") beside the
-- slug that links them to tags and questions; rows written before have none and show their slug.
ALTER TABLE account_skill ADD COLUMN label VARCHAR(60);
