import { linkFacts } from '../../graph/links';
import { useT } from '../../store/useT';

/**
 * A link out of the app, shown so it cannot mislead: the host it really opens always beside it
 * (in ASCII, so look-alike letters show), and a warning for a hidden user name, direction
 * controls, or text that names another site. The address opened carries no user name.
 */
export default function ExternalLink({ url, label }: { url: string; label?: string }) {
  const { t } = useT();
  const facts = linkFacts(url, label);
  if (!facts) return <span className="link-text">{label ?? url}</span>;
  const warnings = [
    facts.credentials !== null
      ? t('link.credentials', { user: facts.credentials, host: facts.host })
      : null,
    facts.international ? t('link.international', { host: facts.host }) : null,
    facts.otherHost !== null
      ? t('link.otherHost', { named: facts.otherHost, host: facts.host })
      : null,
    facts.bidi ? t('link.bidi') : null,
  ].filter((w): w is string => w !== null);
  return (
    <span className="external-link">
      <a href={facts.href} target="_blank" rel="noopener noreferrer" className="link-text">
        {facts.text}
      </a>{' '}
      <span className="link-host">{t('link.host', { host: facts.host })}</span>
      {warnings.map((w) => (
        <span key={w} className="link-warning" role="note">
          {w}
        </span>
      ))}
    </span>
  );
}
