import { useMe } from '../../lib/use-me';
import { BrokerHome } from './broker-home';
import { MemberHome } from './member-home';
import { VisitorHome } from './visitor-home';

/** One address, three homes: the front page for visitors, the company's day for members, the broker's for IUC staff. */
export function HomePage() {
  const me = useMe();
  if (me.isPending) return null;
  if (!me.data) return <VisitorHome />;
  if (me.data.platformRole === 'broker' || me.data.platformRole === 'admin') return <BrokerHome name={me.data.name} />;
  if (me.data.memberships.length > 0) return <MemberHome memberships={me.data.memberships} />;
  // Signed in without a company yet: the front page, whose call to action is now "add your company".
  return <VisitorHome signedIn />;
}
