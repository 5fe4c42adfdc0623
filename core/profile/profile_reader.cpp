// Implemented by the stage owner.
