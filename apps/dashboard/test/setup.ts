// Waiting for the page (findBy…, waitFor) is bounded by conditions, not by a
// guess of how fast a loaded machine is: give them up to 10 s (the default,
// 1 s, fails good tests when CI is busy), while each test still ends as soon
// as what it waits for appears.
import { configure } from '@testing-library/preact';

configure({ asyncUtilTimeout: 10_000 });
