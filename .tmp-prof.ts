import { benchEntities } from './tests/unit/entities/bench-entities';
const r = await benchEntities(40);
console.log(r);
