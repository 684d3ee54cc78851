-- Time bank offers and agenda events keep the words typed for each tag ("matériel informatique")
-- beside the slug that links them to tags and filters; rows written before have none and show
-- their slug.
ALTER TABLE timebank_offer_tag ADD COLUMN label VARCHAR(60);
ALTER TABLE agenda_event_tag ADD COLUMN label VARCHAR(60);
