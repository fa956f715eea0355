import { loadEveryPlaceSteps } from '../src/content/places/place-steps';

// Tests work out screens of every place directly, as the map and the build do: every place's steps first.
await loadEveryPlaceSteps();
